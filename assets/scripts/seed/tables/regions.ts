/**
 * The thirty federal subjects of the demo fair (FAIR-FACTS.md), each with its education
 * authority (the `regionalSystem` exhibitor), its capital and the capital's phone area code.
 */

export interface RegionFacts {
  readonly code: string;
  readonly ru: string;
  readonly en: string;
  readonly authority: { readonly ru: string; readonly en: string };
  readonly city: { readonly ru: string; readonly en: string };
  /** Digits of the area code; the local number has 10 minus this many digits. */
  readonly areaCode: string;
}

type Row = readonly [string, string, string, string, string, string, string, string];

// code, name ru, name en, authority ru, authority en, city ru, city en, area code
// prettier-ignore
const ROWS: readonly Row[] = [
  ['moscow', 'Москва', 'Moscow', 'Департамент образования и науки города Москвы', 'Moscow Department of Education and Science', 'Москва', 'Moscow', '495'],
  ['saint-petersburg', 'Санкт-Петербург', 'Saint Petersburg', 'Комитет по образованию Санкт-Петербурга', 'Saint Petersburg Committee on Education', 'Санкт-Петербург', 'Saint Petersburg', '812'],
  ['moscow-region', 'Московская область', 'Moscow Region', 'Министерство образования Московской области', 'Ministry of Education of the Moscow Region', 'Красногорск', 'Krasnogorsk', '498'],
  ['leningrad-region', 'Ленинградская область', 'Leningrad Region', 'Комитет общего и профессионального образования Ленинградской области', 'Leningrad Region Committee for General and Vocational Education', 'Гатчина', 'Gatchina', '81371'],
  ['tatarstan', 'Республика Татарстан', 'Republic of Tatarstan', 'Министерство образования и науки Республики Татарстан', 'Ministry of Education and Science of the Republic of Tatarstan', 'Казань', 'Kazan', '843'],
  ['bashkortostan', 'Республика Башкортостан', 'Republic of Bashkortostan', 'Министерство просвещения Республики Башкортостан', 'Ministry of Education of the Republic of Bashkortostan', 'Уфа', 'Ufa', '347'],
  ['sverdlovsk', 'Свердловская область', 'Sverdlovsk Region', 'Министерство образования и молодёжной политики Свердловской области', 'Ministry of Education and Youth Policy of the Sverdlovsk Region', 'Екатеринбург', 'Yekaterinburg', '343'],
  ['novosibirsk', 'Новосибирская область', 'Novosibirsk Region', 'Министерство образования Новосибирской области', 'Ministry of Education of the Novosibirsk Region', 'Новосибирск', 'Novosibirsk', '383'],
  ['nizhny-novgorod', 'Нижегородская область', 'Nizhny Novgorod Region', 'Министерство образования Нижегородской области', 'Ministry of Education of the Nizhny Novgorod Region', 'Нижний Новгород', 'Nizhny Novgorod', '831'],
  ['samara', 'Самарская область', 'Samara Region', 'Министерство образования Самарской области', 'Ministry of Education of the Samara Region', 'Самара', 'Samara', '846'],
  ['rostov', 'Ростовская область', 'Rostov Region', 'Министерство общего и профессионального образования Ростовской области', 'Ministry of General and Vocational Education of the Rostov Region', 'Ростов-на-Дону', 'Rostov-on-Don', '863'],
  ['krasnodar', 'Краснодарский край', 'Krasnodar Krai', 'Министерство образования, науки и молодёжной политики Краснодарского края', 'Ministry of Education, Science and Youth Policy of Krasnodar Krai', 'Краснодар', 'Krasnodar', '861'],
  ['perm', 'Пермский край', 'Perm Krai', 'Министерство образования и науки Пермского края', 'Ministry of Education and Science of Perm Krai', 'Пермь', 'Perm', '342'],
  ['krasnoyarsk', 'Красноярский край', 'Krasnoyarsk Krai', 'Министерство образования Красноярского края', 'Ministry of Education of Krasnoyarsk Krai', 'Красноярск', 'Krasnoyarsk', '391'],
  ['chelyabinsk', 'Челябинская область', 'Chelyabinsk Region', 'Министерство образования и науки Челябинской области', 'Ministry of Education and Science of the Chelyabinsk Region', 'Челябинск', 'Chelyabinsk', '351'],
  ['tyumen', 'Тюменская область', 'Tyumen Region', 'Департамент образования и науки Тюменской области', 'Tyumen Region Department of Education and Science', 'Тюмень', 'Tyumen', '3452'],
  ['voronezh', 'Воронежская область', 'Voronezh Region', 'Министерство образования Воронежской области', 'Ministry of Education of the Voronezh Region', 'Воронеж', 'Voronezh', '473'],
  ['kaluga', 'Калужская область', 'Kaluga Region', 'Министерство образования и науки Калужской области', 'Ministry of Education and Science of the Kaluga Region', 'Калуга', 'Kaluga', '4842'],
  ['yaroslavl', 'Ярославская область', 'Yaroslavl Region', 'Министерство образования Ярославской области', 'Ministry of Education of the Yaroslavl Region', 'Ярославль', 'Yaroslavl', '4852'],
  ['tomsk', 'Томская область', 'Tomsk Region', 'Департамент общего образования Томской области', 'Tomsk Region Department of General Education', 'Томск', 'Tomsk', '3822'],
  ['irkutsk', 'Иркутская область', 'Irkutsk Region', 'Министерство образования Иркутской области', 'Ministry of Education of the Irkutsk Region', 'Иркутск', 'Irkutsk', '3952'],
  ['primorye', 'Приморский край', 'Primorsky Krai', 'Министерство образования Приморского края', 'Ministry of Education of Primorsky Krai', 'Владивосток', 'Vladivostok', '423'],
  ['khabarovsk', 'Хабаровский край', 'Khabarovsk Krai', 'Министерство образования и науки Хабаровского края', 'Ministry of Education and Science of Khabarovsk Krai', 'Хабаровск', 'Khabarovsk', '4212'],
  ['yakutia', 'Республика Саха (Якутия)', 'Republic of Sakha (Yakutia)', 'Министерство образования и науки Республики Саха (Якутия)', 'Ministry of Education and Science of the Republic of Sakha (Yakutia)', 'Якутск', 'Yakutsk', '4112'],
  ['kaliningrad', 'Калининградская область', 'Kaliningrad Region', 'Министерство образования Калининградской области', 'Ministry of Education of the Kaliningrad Region', 'Калининград', 'Kaliningrad', '4012'],
  ['belgorod', 'Белгородская область', 'Belgorod Region', 'Министерство образования Белгородской области', 'Ministry of Education of the Belgorod Region', 'Белгород', 'Belgorod', '4722'],
  ['yugra', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug — Yugra', 'Департамент образования и науки Ханты-Мансийского автономного округа — Югры', 'Department of Education and Science of Khanty-Mansi Autonomous Okrug — Yugra', 'Ханты-Мансийск', 'Khanty-Mansiysk', '3467'],
  ['yamal', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug', 'Департамент образования Ямало-Ненецкого автономного округа', 'Department of Education of the Yamalo-Nenets Autonomous Okrug', 'Салехард', 'Salekhard', '34922'],
  ['murmansk', 'Мурманская область', 'Murmansk Region', 'Министерство образования и науки Мурманской области', 'Ministry of Education and Science of the Murmansk Region', 'Мурманск', 'Murmansk', '8152'],
  ['kamchatka', 'Камчатский край', 'Kamchatka Krai', 'Министерство образования Камчатского края', 'Ministry of Education of Kamchatka Krai', 'Петропавловск-Камчатский', 'Petropavlovsk-Kamchatsky', '4152'],
];

export const REGION_FACTS: readonly RegionFacts[] = ROWS.map(
  ([code, ru, en, authorityRu, authorityEn, cityRu, cityEn, areaCode]) => ({
    code,
    ru,
    en,
    authority: { ru: authorityRu, en: authorityEn },
    city: { ru: cityRu, en: cityEn },
    areaCode,
  }),
);

export function regionFacts(code: string): RegionFacts {
  const facts = REGION_FACTS.find((region) => region.code === code);
  if (!facts) throw new Error(`Unknown region code ${code}`);
  return facts;
}
