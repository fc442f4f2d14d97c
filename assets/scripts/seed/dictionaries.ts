/** The fair's small dictionaries: topics (clusters), forum stages and teacher competencies. */
import type { Competency, Stage, Topic } from '@salon/shared';

export const TOPIC_CODES = [
  'preschool',
  'school',
  'vocational',
  'higher',
  'supplementary',
  'digital',
  'inclusive',
  'upbringing',
  'teacher',
  'edtech',
] as const;
export type TopicCode = (typeof TOPIC_CODES)[number];

function isTopicCode(code: string): code is TopicCode {
  return (TOPIC_CODES as readonly string[]).includes(code);
}

/** Reads a space-separated list of topic codes from a data table, refusing unknown codes. */
export function parseTopicCodes(text: string): TopicCode[] {
  return text.split(' ').map((code) => {
    if (!isTopicCode(code)) throw new Error(`Unknown topic code ${code}`);
    return code;
  });
}

const TOPIC_NAMES = {
  preschool: { ru: 'Дошкольное образование', en: 'Preschool education' },
  school: { ru: 'Общее образование', en: 'School education' },
  vocational: { ru: 'Среднее профессиональное образование', en: 'Vocational education' },
  higher: { ru: 'Высшее образование', en: 'Higher education' },
  supplementary: {
    ru: 'Дополнительное образование детей и взрослых',
    en: 'Supplementary education for children and adults',
  },
  digital: { ru: 'Цифровая образовательная среда', en: 'Digital learning environment' },
  inclusive: { ru: 'Инклюзивное образование', en: 'Inclusive education' },
  upbringing: { ru: 'Воспитание', en: 'Upbringing and values' },
  teacher: { ru: 'Учитель будущего', en: 'Teacher of the future' },
  edtech: { ru: 'EdTech и стартапы', en: 'EdTech and start-ups' },
} as const satisfies Record<TopicCode, { ru: string; en: string }>;

export function buildTopics(): Topic[] {
  return TOPIC_CODES.map((code) => ({ code, name: { ...TOPIC_NAMES[code] } }));
}

export const COMPETENCY_CODES = [
  'subject',
  'upbringing',
  'development',
  'assessment',
  'inclusive',
  'digital',
  'projects',
  'parents',
  'classroom',
  'career',
  'literacy',
] as const;
export type CompetencyCode = (typeof COMPETENCY_CODES)[number];

const COMPETENCY_NAMES = {
  subject: {
    ru: 'Предмет и методика преподавания',
    en: 'Subject knowledge and teaching methods',
  },
  upbringing: { ru: 'Воспитательная работа', en: 'Upbringing and character education' },
  development: {
    ru: 'Развивающая деятельность и психолого-педагогическое сопровождение',
    en: 'Developmental work and psychological support',
  },
  assessment: { ru: 'Оценка образовательных результатов', en: 'Assessment of learning outcomes' },
  inclusive: {
    ru: 'Работа с детьми с ОВЗ',
    en: 'Inclusive practice with children with special educational needs',
  },
  digital: {
    ru: 'Цифровые компетенции и электронное обучение',
    en: 'Digital skills and e-learning',
  },
  projects: {
    ru: 'Проектная и исследовательская деятельность',
    en: 'Project and research work with students',
  },
  parents: { ru: 'Взаимодействие с семьёй', en: 'Working with parents' },
  classroom: {
    ru: 'Управление классом и коммуникация',
    en: 'Classroom management and communication',
  },
  career: { ru: 'Профориентация', en: 'Career guidance' },
  literacy: { ru: 'Функциональная грамотность', en: 'Functional literacy' },
} as const satisfies Record<CompetencyCode, { ru: string; en: string }>;

export function competencyName(code: CompetencyCode): { ru: string; en: string } {
  return { ...COMPETENCY_NAMES[code] };
}

export function buildCompetencies(): Competency[] {
  return COMPETENCY_CODES.map((code) => ({ code, name: competencyName(code) }));
}

/**
 * Forum stages. The first five broadcast the main days; the regions' stage and the main stage
 * carry the continuation. `clusters` are the topics a stage's events are drawn from.
 */
export const STAGES = [
  {
    id: 'stage-main',
    ru: 'Главная сцена',
    en: 'Main stage',
    clusters: TOPIC_CODES,
  },
  {
    id: 'stage-school',
    ru: 'Сцена «Школа»',
    en: 'School stage',
    clusters: ['school', 'preschool', 'supplementary', 'upbringing'],
  },
  {
    id: 'stage-professions',
    ru: 'Сцена «Профессии»',
    en: 'Careers stage',
    clusters: ['vocational', 'higher'],
  },
  {
    id: 'stage-digital',
    ru: 'Сцена «Цифровая среда»',
    en: 'Digital stage',
    clusters: ['digital', 'edtech'],
  },
  {
    id: 'stage-teacher',
    ru: 'Сцена «Учитель будущего»',
    en: 'Teacher of the Future stage',
    clusters: ['teacher', 'inclusive', 'upbringing'],
  },
  {
    id: 'stage-regions',
    ru: 'Сцена «Регионы»',
    en: 'Regions stage',
    clusters: TOPIC_CODES,
  },
] as const satisfies ReadonlyArray<{
  id: string;
  ru: string;
  en: string;
  clusters: readonly TopicCode[];
}>;
export type StageId = (typeof STAGES)[number]['id'];

export function buildStages(): Stage[] {
  return STAGES.map((stage) => ({ id: stage.id, name: { ru: stage.ru, en: stage.en } }));
}
