/**
 * Speakers' positions by where they work, and the organisations that are not exhibitors:
 * forum media (whose people moderate) and national associations and research centres.
 * A position is [ru, en] or, where Russian marks the gender, [ru masculine, en, ru feminine].
 */
import type { StaffKind } from '../exhibitors.ts';
import type { TopicCode } from '../dictionaries.ts';

export type Position = readonly [string, string] | readonly [string, string, string];

// prettier-ignore
export const STAFF_POSITIONS: Readonly<Record<Exclude<StaffKind, 'authority'>, readonly Position[]>> = {
  business: [
    ['генеральный директор', 'chief executive officer'], ['основатель', 'founder'],
    ['директор по развитию', 'business development director'], ['руководитель методического отдела', 'head of learning design'],
    ['продакт-менеджер', 'product manager'], ['директор по работе с регионами', 'director of regional partnerships'],
  ],
  school: [
    ['директор', 'principal'], ['заместитель директора по учебной работе', 'deputy principal for academic affairs'],
    ['заместитель директора по воспитательной работе', 'deputy principal for pastoral care'], ['учитель математики', 'mathematics teacher'],
    ['учитель русского языка и литературы', 'Russian language and literature teacher'], ['педагог-психолог', 'school psychologist'],
    ['учитель информатики', 'computer science teacher'], ['учитель начальных классов', 'primary school teacher'],
  ],
  kindergarten: [
    ['руководитель детского сада', 'head of the kindergarten'], ['старший воспитатель', 'senior kindergarten teacher'],
    ['учитель-логопед', 'speech therapist'], ['педагог-психолог', 'psychologist'], ['воспитатель', 'kindergarten teacher'],
  ],
  college: [
    ['директор колледжа', 'college director'], ['заместитель директора по учебно-производственной работе', 'deputy director for practical training'],
    ['мастер производственного обучения', 'vocational instructor'], ['преподаватель', 'lecturer'],
    ['руководитель центра карьеры', 'head of the career centre'],
  ],
  university: [
    ['ректор', 'rector'], ['проректор по учебной работе', 'vice-rector for academic affairs'],
    ['проректор по научной работе', 'vice-rector for research'], ['декан факультета', 'dean of faculty'],
    ['доцент кафедры педагогики', 'associate professor of education'], ['профессор', 'professor'],
  ],
  centre: [
    ['директор центра', 'director of the centre'], ['педагог дополнительного образования', 'supplementary education teacher'],
    ['методист', 'methodologist'], ['руководитель направления', 'programme lead'],
  ],
  institute: [
    ['директор', 'director'], ['проректор по научно-методической работе', 'vice-rector for teaching methods'],
    ['старший методист', 'senior methodologist'], ['руководитель центра наставничества', 'head of the mentoring centre'],
  ],
};

/** Heads of an education authority, by the first word of its name. */
export const AUTHORITY_HEADS: Readonly<Record<string, readonly [Position, Position]>> = {
  Министерство: [
    ['министр', 'minister'],
    ['заместитель министра', 'deputy minister'],
  ],
  Департамент: [
    ['директор департамента', 'director of the department'],
    ['заместитель директора департамента', 'deputy director of the department'],
  ],
  Комитет: [
    ['председатель комитета', 'chair of the committee'],
    ['заместитель председателя комитета', 'deputy chair of the committee'],
  ],
};

// prettier-ignore
export const AUTHORITY_DIVISIONS: readonly Position[] = [
  ['начальник отдела общего образования', 'head of the general education division'],
  ['начальник отдела дошкольного образования', 'head of the preschool education division'],
  ['начальник отдела профессионального образования', 'head of the vocational education division'],
  ['начальник отдела воспитания и дополнительного образования', 'head of the upbringing and supplementary education division'],
  ['консультант отдела цифровой трансформации', 'adviser, digital transformation division'],
];

export interface OutsideOrganisation {
  readonly ru: string;
  readonly en: string;
  readonly topics: readonly TopicCode[];
  readonly positions: readonly Position[];
}

// prettier-ignore
export const MEDIA: readonly OutsideOrganisation[] = [
  { ru: 'Радио «Знание»', en: 'Znanie Radio', topics: [], positions: [['ведущий', 'host', 'ведущая'], ['редактор', 'editor']] },
  { ru: 'Журнал «Образование сегодня»', en: 'Education Today magazine', topics: [], positions: [['главный редактор', 'editor-in-chief'], ['обозреватель', 'columnist']] },
  { ru: 'Медиапроект «Классное время»', en: 'Class Time media project', topics: [], positions: [['ведущий', 'host', 'ведущая'], ['журналист', 'journalist']] },
  { ru: 'Подкаст «Переменка»', en: 'Peremenka podcast', topics: [], positions: [['автор и ведущий', 'author and host', 'автор и ведущая']] },
  { ru: 'Медиацентр ММСО', en: 'MIEF Media Centre', topics: [], positions: [['модератор', 'moderator'], ['шеф-редактор', 'managing editor']] },
  { ru: 'Телеканал «Эрудит ТВ»', en: 'Erudit TV', topics: [], positions: [['ведущий', 'host', 'ведущая'], ['продюсер', 'producer']] },
];

// prettier-ignore
export const EXPERT_ORGANISATIONS: readonly OutsideOrganisation[] = [
  { ru: 'Центр исследований образования «Новая школа»', en: 'New School Centre for Education Research', topics: ['school', 'higher', 'digital'], positions: [['ведущий научный сотрудник', 'leading researcher'], ['директор центра', 'director of the centre'], ['аналитик', 'analyst']] },
  { ru: 'Ассоциация учителей-предметников', en: 'Association of Subject Teachers', topics: ['teacher', 'school'], positions: [['председатель правления', 'chair of the board'], ['эксперт', 'expert']] },
  { ru: 'Ассоциация участников рынка EdTech', en: 'EdTech Market Association', topics: ['edtech', 'digital'], positions: [['исполнительный директор', 'executive director'], ['эксперт', 'expert']] },
  { ru: 'Фонд «Шаг вперёд»', en: 'Step Forward Foundation', topics: ['supplementary', 'upbringing'], positions: [['директор программ', 'programme director'], ['руководитель проектов', 'project manager']] },
  { ru: 'Родительское сообщество «Вместе»', en: 'Together Parents’ Community', topics: ['preschool', 'school', 'inclusive'], positions: [['основатель', 'founder'], ['координатор', 'coordinator']] },
  { ru: 'Институт детства и семьи', en: 'Institute of Childhood and Family', topics: ['preschool', 'upbringing'], positions: [['научный сотрудник', 'research fellow'], ['заместитель директора', 'deputy director']] },
  { ru: 'Ассоциация «Равные возможности»', en: 'Equal Opportunities Association', topics: ['inclusive'], positions: [['эксперт', 'expert'], ['президент', 'president']] },
  { ru: 'Лига работодателей', en: 'Employers’ League', topics: ['vocational', 'higher'], positions: [['директор по персоналу', 'HR director'], ['руководитель комитета по кадрам', 'head of the skills committee']] },
  { ru: 'Союз молодых педагогов', en: 'Union of Young Teachers', topics: ['teacher', 'upbringing'], positions: [['председатель', 'chair'], ['член совета', 'board member']] },
  { ru: 'Агентство образовательных инноваций', en: 'Agency for Education Innovation', topics: ['edtech', 'vocational', 'digital'], positions: [['руководитель направления', 'programme lead'], ['эксперт', 'expert']] },
];
