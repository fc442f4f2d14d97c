/**
 * Educational organisations exhibiting at the fair: schools, kindergartens, colleges,
 * universities, supplementary-education centres and teacher-development institutes. Invented
 * names in real cities; `kind` picks the staff positions of their speakers.
 */
import { parseTopicCodes, type TopicCode } from '../dictionaries.ts';

export const INSTITUTION_KINDS = [
  'school',
  'kindergarten',
  'college',
  'university',
  'centre',
  'institute',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export interface InstitutionFacts {
  readonly ru: string;
  readonly en: string;
  readonly slug: string;
  readonly regionCode: string;
  readonly kind: InstitutionKind;
  readonly topics: readonly TopicCode[];
  readonly about: { readonly ru: string; readonly en: string };
}

type Row = readonly [string, string, string, string, InstitutionKind, string, string, string];

// name ru, name en, slug, region, kind, topics, about ru, about en
// prettier-ignore
const ROWS: readonly Row[] = [
  ['Лицей «Вектор», Казань', 'Vektor Lyceum, Kazan', 'vektor-lyceum', 'tatarstan', 'school', 'school digital', 'Физико-математический лицей с инженерными классами и сильной олимпиадной командой.', 'A maths and physics lyceum with engineering classes and a strong olympiad team.'],
  ['Гимназия «Созвездие», Екатеринбург', 'Sozvezdie Gymnasium, Yekaterinburg', 'sozvezdie', 'sverdlovsk', 'school', 'school upbringing', 'Гимназия с углублённым изучением иностранных языков и международными проектами.', 'A gymnasium with advanced foreign languages and international projects.'],
  ['Школа «Открытие», Москва', 'Otkrytie School, Moscow', 'otkrytie', 'moscow', 'school', 'school digital', 'Городская школа с цифровыми классами и проектной неделей в каждом триместре.', 'A city school with digital classrooms and a project week every term.'],
  ['Инженерная школа «Северное сияние», Мурманск', 'Northern Lights Engineering School, Murmansk', 'northern-lights', 'murmansk', 'school', 'school vocational', 'Школа с инженерными и морскими классами, открытыми вместе с предприятиями региона.', 'A school with engineering and maritime classes opened together with local employers.'],
  ['Школа «Родник», село Дубовое', 'Rodnik School, Dubovoe village', 'rodnik', 'belgorod', 'school', 'school upbringing', 'Сельская школа с агроклассом, школьным лесничеством и музеем истории села.', 'A rural school with an agritech class, a school forestry club and a village history museum.'],
  ['Лицей «Академия», Новосибирск', 'Akademiya Lyceum, Novosibirsk', 'akademiya', 'novosibirsk', 'school', 'school higher', 'Лицей при научном центре: школьники ведут исследования вместе с институтами.', 'A lyceum next to a research centre where pupils do research with the institutes.'],
  ['Гимназия «Перспектива», Самара', 'Perspektiva Gymnasium, Samara', 'perspektiva', 'samara', 'school', 'school teacher', 'Гимназия — базовая площадка для стажировок молодых учителей региона.', 'A gymnasium that hosts internships for the region’s early-career teachers.'],
  ['Школа «Горизонт», Калуга', 'Gorizont School, Kaluga', 'gorizont-school', 'kaluga', 'school', 'school supplementary', 'Школа полного дня с кружками, студиями и спортивными секциями.', 'A full-day school with clubs, studios and sports sections.'],
  ['Лицей «Кама», Пермь', 'Kama Lyceum, Perm', 'kama-lyceum', 'perm', 'school', 'school', 'Лицей с естественно-научным, инженерным и гуманитарным профилями.', 'A lyceum with science, engineering and humanities tracks.'],
  ['Школа «Полярная звезда», Якутск', 'Polar Star School, Yakutsk', 'polar-star', 'yakutia', 'school', 'school digital', 'Школа, которая ведёт дистанционные уроки для учеников отдалённых посёлков республики.', 'A school that teaches pupils from the republic’s remote settlements online.'],
  ['Гимназия «Эрудит», Ростов-на-Дону', 'Erudit Gymnasium, Rostov-on-Don', 'erudit', 'rostov', 'school', 'school inclusive', 'Гимназия с инклюзивными классами и тьюторской службой.', 'A gymnasium with inclusive classes and a tutoring service.'],
  ['Кадетская школа «Балтиец», Калининград', 'Baltiets Cadet School, Kaliningrad', 'baltiets', 'kaliningrad', 'school', 'school upbringing', 'Кадетская школа с морской подготовкой и военно-историческим клубом.', 'A cadet school with naval training and a military history club.'],
  ['Школа «Малая академия», Томск', 'Small Academy School, Tomsk', 'small-academy', 'tomsk', 'school', 'school higher', 'Школа, где старшеклассники слушают курсы университетов города.', 'A school whose senior pupils take courses at the city’s universities.'],
  ['Лицей «Интеграл», Челябинск', 'Integral Lyceum, Chelyabinsk', 'integral', 'chelyabinsk', 'school', 'school', 'Математический лицей с собственной системой подготовки к олимпиадам.', 'A mathematics lyceum with its own olympiad training system.'],
  ['Школа «Восток», Владивосток', 'Vostok School, Vladivostok', 'vostok-school', 'primorye', 'school', 'school', 'Школа с углублённым изучением китайского и корейского языков.', 'A school with advanced Chinese and Korean.'],
  ['Гимназия «Диалог», Санкт-Петербург', 'Dialog Gymnasium, Saint Petersburg', 'dialog', 'saint-petersburg', 'school', 'school teacher', 'Гимназия с сильной гуманитарной традицией и школьным театром.', 'A gymnasium with a strong humanities tradition and a school theatre.'],
  ['Колледж цифровых технологий, Казань', 'Kazan College of Digital Technologies', 'kazan-digital-college', 'tatarstan', 'college', 'vocational digital', 'Готовит программистов, сетевых администраторов и специалистов по информационной безопасности.', 'Trains programmers, network administrators and information security specialists.'],
  ['Колледж машиностроения «Урал», Челябинск', 'Ural College of Mechanical Engineering, Chelyabinsk', 'ural-college', 'chelyabinsk', 'college', 'vocational', 'Готовит станочников, сварщиков и наладчиков оборудования вместе с заводами региона.', 'Trains machinists, welders and equipment technicians together with the region’s plants.'],
  ['Медицинский колледж «Здоровье», Уфа', 'Zdorovye Medical College, Ufa', 'zdorovye-college', 'bashkortostan', 'college', 'vocational', 'Готовит медицинских сестёр, фельдшеров и лаборантов на симуляционном оборудовании.', 'Trains nurses, paramedics and laboratory technicians on simulation equipment.'],
  ['Агротехнологический колледж, Краснодар', 'Krasnodar Agritech College', 'krasnodar-agro-college', 'krasnodar', 'college', 'vocational', 'Готовит агрономов, механизаторов и специалистов по точному земледелию.', 'Trains agronomists, farm machinery operators and precision farming specialists.'],
  ['Колледж сервиса и туризма, Санкт-Петербург', 'Saint Petersburg College of Hospitality and Tourism', 'spb-tourism-college', 'saint-petersburg', 'college', 'vocational', 'Готовит специалистов гостиничного дела, поваров и гидов-переводчиков.', 'Trains hotel staff, chefs and tour guide-interpreters.'],
  ['Нефтегазовый колледж, Тюмень', 'Tyumen Oil and Gas College', 'tyumen-oil-college', 'tyumen', 'college', 'vocational higher', 'Готовит операторов добычи и технологов вместе с нефтегазовыми компаниями.', 'Trains production operators and technologists together with oil and gas companies.'],
  ['Колледж транспорта и логистики, Новосибирск', 'Novosibirsk College of Transport and Logistics', 'nsk-transport-college', 'novosibirsk', 'college', 'vocational', 'Готовит специалистов по логистике, ремонту автомобилей и железнодорожному транспорту.', 'Trains specialists in logistics, car repair and railway transport.'],
  ['Педагогический колледж, Воронеж', 'Voronezh Teacher Training College', 'voronezh-teacher-college', 'voronezh', 'college', 'vocational teacher', 'Готовит воспитателей детских садов и учителей начальных классов.', 'Trains kindergarten teachers and primary school teachers.'],
  ['Судостроительный колледж, Нижний Новгород', 'Nizhny Novgorod Shipbuilding College', 'nn-shipbuilding-college', 'nizhny-novgorod', 'college', 'vocational', 'Готовит судосборщиков, электромонтажников и конструкторов для волжских верфей.', 'Trains ship assemblers, electricians and designers for the Volga shipyards.'],
  ['Колледж искусств и дизайна, Самара', 'Samara College of Arts and Design', 'samara-design-college', 'samara', 'college', 'vocational supplementary', 'Готовит дизайнеров, мультипликаторов и мастеров декоративно-прикладного искусства.', 'Trains designers, animators and craft artists.'],
  ['Арктический педагогический университет, Мурманск', 'Arctic Pedagogical University, Murmansk', 'arctic-pedagogical', 'murmansk', 'university', 'higher teacher', 'Готовит учителей для школ Арктической зоны и исследует образование на Севере.', 'Trains teachers for schools in the Arctic zone and researches education in the North.'],
  ['Волжский технологический университет, Самара', 'Volga Technological University, Samara', 'volga-tech', 'samara', 'university', 'higher vocational', 'Инженерный университет с базовыми кафедрами на предприятиях авиакосмической отрасли.', 'An engineering university with departments based at aerospace companies.'],
  ['Сибирский университет цифровой экономики, Новосибирск', 'Siberian University of the Digital Economy, Novosibirsk', 'siberian-digital', 'novosibirsk', 'university', 'higher digital', 'Готовит аналитиков данных, разработчиков и специалистов по цифровым сервисам.', 'Trains data analysts, developers and digital service specialists.'],
  ['Уральский гуманитарный университет, Екатеринбург', 'Ural University of the Humanities, Yekaterinburg', 'ural-humanities', 'sverdlovsk', 'university', 'higher', 'Гуманитарный университет с сильными программами по психологии, лингвистике и журналистике.', 'A humanities university with strong programmes in psychology, linguistics and journalism.'],
  ['Дальневосточный университет океана, Владивосток', 'Far Eastern University of the Ocean, Vladivostok', 'ocean-university', 'primorye', 'university', 'higher', 'Университет морских наук: биология океана, судовождение, портовая логистика.', 'A university of marine sciences: ocean biology, navigation and port logistics.'],
  ['Балтийский университет образования, Калининград', 'Baltic University of Education, Kaliningrad', 'baltic-education', 'kaliningrad', 'university', 'higher teacher', 'Педагогический университет с магистерскими программами для работающих учителей.', 'A university of education with master’s programmes for practising teachers.'],
  ['Московский городской университет управления образованием', 'Moscow City University of Education Management', 'moscow-edu-management', 'moscow', 'university', 'higher teacher', 'Готовит руководителей школ и детских садов и ведёт программы переподготовки.', 'Trains heads of schools and kindergartens and runs retraining programmes.'],
  ['Казанский университет технологий и дизайна', 'Kazan University of Technology and Design', 'kazan-tech-design', 'tatarstan', 'university', 'higher supplementary', 'Университет с программами по промышленному дизайну, химическим технологиям и IT.', 'A university with programmes in industrial design, chemical engineering and IT.'],
  ['Университет Байкальского региона, Иркутск', 'Baikal Region University, Irkutsk', 'baikal-university', 'irkutsk', 'university', 'higher', 'Университет с программами по экологии, туризму и географии Байкала.', 'A university with programmes in ecology, tourism and the geography of Lake Baikal.'],
  ['Белгородский агроинженерный университет', 'Belgorod University of Agricultural Engineering', 'belgorod-agro-university', 'belgorod', 'university', 'higher vocational', 'Готовит агроинженеров и специалистов по переработке сельхозпродукции.', 'Trains agricultural engineers and food processing specialists.'],
  ['Центр технического творчества «Импульс», Пермь', 'Impulse Centre for Technical Creativity, Perm', 'impulse-centre', 'perm', 'centre', 'supplementary school', 'Кружки робототехники, авиамоделирования и программирования для школьников.', 'Robotics, model aircraft and coding clubs for school pupils.'],
  ['Дворец творчества детей и молодёжи, Ростов-на-Дону', 'Palace of Creativity for Children and Youth, Rostov-on-Don', 'rostov-palace', 'rostov', 'centre', 'supplementary upbringing', 'Более ста студий и секций: от хореографии до астрономии.', 'More than a hundred studios and clubs, from dance to astronomy.'],
  ['Детская школа искусств «Амур», Хабаровск', 'Amur Children’s Arts School, Khabarovsk', 'amur-arts', 'khabarovsk', 'centre', 'supplementary', 'Обучение музыке, живописи и театральному искусству для детей от шести лет.', 'Music, painting and theatre lessons for children from the age of six.'],
  ['Центр для одарённых детей «Эврика», Ханты-Мансийск', 'Eureka Centre for Gifted Children, Khanty-Mansiysk', 'eureka-centre', 'yugra', 'centre', 'supplementary school', 'Интенсивные профильные смены и олимпиадная подготовка школьников округа.', 'Intensive themed sessions and olympiad training for the okrug’s pupils.'],
  ['Станция юных натуралистов, Калуга', 'Kaluga Young Naturalists’ Station', 'kaluga-naturalists', 'kaluga', 'centre', 'supplementary upbringing', 'Экологические кружки, учебная теплица и живой уголок для школьников.', 'Ecology clubs, a teaching greenhouse and a living corner for pupils.'],
  ['Центр непрерывного образования «Навык», Ярославль', 'Navyk Lifelong Learning Centre, Yaroslavl', 'navyk-centre', 'yaroslavl', 'centre', 'supplementary digital', 'Курсы для взрослых: цифровая и финансовая грамотность, новые профессии.', 'Courses for adults: digital and financial literacy and new careers.'],
  ['Детский технопарк «Орбита», Красноярск', 'Orbita Children’s Technopark, Krasnoyarsk', 'orbita-technopark', 'krasnoyarsk', 'centre', 'supplementary edtech', 'Проектные лаборатории космических технологий, виртуальной реальности и биотехнологий.', 'Project labs in space technology, virtual reality and biotechnology.'],
  ['Школа юных программистов «Байт», Санкт-Петербург', 'Byte School for Young Programmers, Saint Petersburg', 'byte-school', 'saint-petersburg', 'centre', 'supplementary digital', 'Курсы программирования и разработки игр для детей 9–17 лет.', 'Coding and game development courses for children aged 9–17.'],
  ['Детский сад «Солнышко», Тюмень', 'Solnyshko Kindergarten, Tyumen', 'solnyshko', 'tyumen', 'kindergarten', 'preschool', 'Детский сад с группами раннего развития и бассейном.', 'A kindergarten with early development groups and a swimming pool.'],
  ['Детский сад «Радуга», Зеленоград', 'Raduga Kindergarten, Zelenograd', 'raduga', 'moscow', 'kindergarten', 'preschool inclusive', 'Детский сад комбинированного вида с инклюзивными группами.', 'A kindergarten with mainstream and inclusive groups.'],
  ['Детский сад «Почемучка», Воронеж', 'Pochemuchka Kindergarten, Voronezh', 'pochemuchka', 'voronezh', 'kindergarten', 'preschool supplementary', 'Детский сад со STEM-лабораторией и занятиями робототехникой для дошкольников.', 'A kindergarten with a STEM lab and robotics sessions for preschoolers.'],
  ['Детский сад «Северок», Салехард', 'Severok Kindergarten, Salekhard', 'severok', 'yamal', 'kindergarten', 'preschool upbringing', 'Детский сад, где дети знакомятся с культурой народов Севера.', 'A kindergarten where children discover the culture of the peoples of the North.'],
  ['Центр развития ребёнка «Умка», Петропавловск-Камчатский', 'Umka Child Development Centre, Petropavlovsk-Kamchatsky', 'umka', 'kamchatka', 'kindergarten', 'preschool', 'Детский сад — центр развития с логопедической и психологической службой.', 'A kindergarten and development centre with speech therapy and psychology services.'],
  ['Ресурсный центр инклюзивного образования, Нижний Новгород', 'Nizhny Novgorod Resource Centre for Inclusive Education', 'nn-inclusive-centre', 'nizhny-novgorod', 'centre', 'inclusive teacher', 'Консультирует школы и детские сады, обучает тьюторов и специалистов сопровождения.', 'Advises schools and kindergartens and trains tutors and support specialists.'],
  ['Центр психолого-педагогической помощи «Доверие», Иркутск', 'Doverie Centre for Psychological and Educational Support, Irkutsk', 'doverie-centre', 'irkutsk', 'centre', 'inclusive preschool', 'Диагностика, коррекционные занятия и консультации для семей.', 'Assessment, remedial sessions and counselling for families.'],
  ['Школа «Ступени», Екатеринбург', 'Stupeni School, Yekaterinburg', 'stupeni', 'sverdlovsk', 'school', 'inclusive school', 'Школа для детей с расстройствами аутистического спектра с ресурсными классами.', 'A school with resource classrooms for children with autism spectrum disorders.'],
  ['Колледж инклюзивного профессионального образования, Москва', 'Moscow College of Inclusive Vocational Education', 'inclusive-college', 'moscow', 'college', 'inclusive vocational', 'Профессиональное обучение студентов с инвалидностью и помощь в трудоустройстве.', 'Vocational training and job placement for students with disabilities.'],
  ['Институт развития образования, Краснодар', 'Krasnodar Institute for the Development of Education', 'krasnodar-iro', 'krasnodar', 'institute', 'teacher', 'Повышение квалификации учителей и методическое сопровождение школ края.', 'Professional development for teachers and methodological support for the krai’s schools.'],
  ['Академия педагогического мастерства, Санкт-Петербург', 'Saint Petersburg Academy of Teaching Excellence', 'teaching-academy', 'saint-petersburg', 'institute', 'teacher digital', 'Программы для учителей: цифровая дидактика, наставничество, управление классом.', 'Programmes for teachers: digital pedagogy, mentoring and classroom management.'],
  ['Центр профессионального мастерства педагогов, Челябинск', 'Chelyabinsk Centre for Teachers’ Professional Development', 'chelyabinsk-teachers', 'chelyabinsk', 'institute', 'teacher', 'Выявляет профессиональные дефициты и строит индивидуальные маршруты для учителей.', 'Identifies teachers’ professional gaps and builds individual development routes.'],
  ['Институт повышения квалификации «Педагог XXI», Белгород', 'Pedagog XXI Institute of Professional Development, Belgorod', 'pedagog-xxi', 'belgorod', 'institute', 'teacher inclusive', 'Курсы по инклюзии, функциональной грамотности и воспитательной работе.', 'Courses on inclusion, functional literacy and character education.'],
  ['Центр гражданского воспитания «Наследие», Ярославль', 'Nasledie Centre for Civic Education, Yaroslavl', 'nasledie-centre', 'yaroslavl', 'centre', 'upbringing supplementary', 'Краеведческие экспедиции, школьные музеи и волонтёрские проекты.', 'Local history expeditions, school museums and volunteering projects.'],
  ['Молодёжный центр «Ориентир», Самара', 'Orientir Youth Centre, Samara', 'orientir-centre', 'samara', 'centre', 'upbringing', 'Программы наставничества, школьного самоуправления и медиашкола.', 'Mentoring, student government and media school programmes.'],
  ['Этношкола «Кочевник», Якутск', 'Kochevnik Ethno-School, Yakutsk', 'kochevnik', 'yakutia', 'school', 'upbringing school', 'Школа, сохраняющая языки и традиции народов Якутии.', 'A school that keeps alive the languages and traditions of the peoples of Yakutia.'],
];

export const INSTITUTIONS: readonly InstitutionFacts[] = ROWS.map(
  ([ru, en, slug, regionCode, kind, topics, aboutRu, aboutEn]) => ({
    ru,
    en,
    slug,
    regionCode,
    kind,
    topics: parseTopicCodes(topics),
    about: { ru: aboutRu, en: aboutEn },
  }),
);
