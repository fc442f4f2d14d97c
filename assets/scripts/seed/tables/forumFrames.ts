/**
 * How an event's title and description are made from its subject, by format. `{S}` is the
 * subject as written, `{s}` the subject with a lower-case first letter (Russian after a colon).
 */
import type { EventFormat } from '@salon/shared';
import type { TopicCode } from '../dictionaries.ts';

type Pair = readonly [string, string];

export interface FormatText {
  readonly titles: readonly Pair[];
  readonly description: Pair;
}

// prettier-ignore
export const MAIN_FRAMES: Readonly<Record<Exclude<EventFormat, 'regionalCase'>, FormatText>> = {
  panel: {
    titles: [
      ['{S}: вызовы и решения', '{S}: challenges and solutions'],
      ['{S}: что изменится к 2030 году', '{S}: what will change by 2030'],
      ['{S}: опыт регионов', '{S}: lessons from the regions'],
      ['{S}: от пилотных проектов к системе', '{S}: from pilots to a system'],
      ['{S}: как договориться всем участникам', '{S}: getting everyone on the same page'],
      ['{S}: спор экспертов', '{S}: experts disagree'],
    ],
    description: ['Панельная дискуссия на тему «{S}».', 'A panel discussion on “{S}”.'],
  },
  talk: {
    titles: [
      ['{S}: что работает на практике', '{S}: what works in practice'],
      ['{S}: данные и выводы', '{S}: data and conclusions'],
      ['{S}: пять уроков из опыта', '{S}: five lessons learned'],
      ['{S}: новые подходы', '{S}: new approaches'],
    ],
    description: ['Доклад на тему «{S}» с ответами на вопросы зрителей.', 'A talk on “{S}” followed by viewers’ questions.'],
  },
  masterClass: {
    titles: [
      ['Мастер-класс «{S}»', 'Master class: {S}'],
      ['Практикум «{S}»', 'Workshop: {S}'],
      ['{S}: пошаговый практикум', '{S}: a step-by-step workshop'],
    ],
    description: ['Практическое занятие на тему «{S}» с готовыми материалами для работы.', 'A hands-on session on “{S}” with ready-to-use materials.'],
  },
  interview: {
    titles: [
      ['{S}: интервью с экспертом', '{S}: an interview with an expert'],
      ['{S}: вопросы и ответы', '{S}: questions and answers'],
      ['{S}: откровенный разговор', '{S}: a frank conversation'],
    ],
    description: ['Интервью в прямом эфире на тему «{S}».', 'A live interview on “{S}”.'],
  },
};

/** The continuation discusses what the main days brought. */
// prettier-ignore
export const WRAP_UP: FormatText = {
  titles: [
    ['{S}: итоги ММСО и следующие шаги', '{S}: MIEF takeaways and next steps'],
    ['{S}: что мы услышали на ММСО', '{S}: what we heard at MIEF'],
  ],
  description: ['Итоговая дискуссия на тему «{S}»: что прозвучало на ММСО и что делать дальше.', 'A wrap-up discussion on “{S}”: what was said at MIEF and what to do next.'],
};

/** `{R}` is the region's name, `{A}` its education authority. */
// prettier-ignore
export const REGIONAL_CASE: FormatText = {
  titles: [['{R}: {s}', '{R}: {S}']],
  description: ['Региональный кейс: {A} делится опытом по теме «{S}».', 'A regional case: the {A} shares its experience of “{S}”.'],
};

export interface SpecialEvent {
  readonly cluster: TopicCode;
  readonly title: Pair;
  readonly description: Pair;
}

/** The main stage opens each main day with a plenary session. */
// prettier-ignore
export const PLENARIES: readonly SpecialEvent[] = [
  { cluster: 'school', title: ['Открытие ММСО: образование для страны возможностей', 'MIEF opening: education for a land of opportunity'], description: ['Пленарная сессия, которая открывает салон: руководители системы образования, регионов и компаний о главных задачах года.', 'The plenary session that opens the fair: leaders of the education system, the regions and business on the main tasks of the year.'] },
  { cluster: 'vocational', title: ['Пленарная сессия: кадры для экономики будущего', 'Plenary session: people for the economy of the future'], description: ['Как школа, колледж и университет вместе готовят специалистов, которые нужны регионам.', 'How schools, colleges and universities together prepare the specialists the regions need.'] },
  { cluster: 'digital', title: ['Пленарная сессия: цифровая школа без иллюзий', 'Plenary session: the digital school without illusions'], description: ['Что технологии уже изменили в образовании и чего от них ждать не стоит.', 'What technology has already changed in education and what not to expect from it.'] },
  { cluster: 'teacher', title: ['Пленарная сессия: учитель в центре перемен', 'Plenary session: the teacher at the heart of change'], description: ['Разговор о профессии, которая делает возможными все остальные перемены.', 'A conversation about the profession that makes every other change possible.'] },
];

/** The continuation's first and last events on the main stage. */
// prettier-ignore
export const CONTINUATION_BOOKENDS: readonly [SpecialEvent, SpecialEvent] = [
  { cluster: 'school', title: ['ММСО: продолжение. Итоги четырёх дней', 'MIEF continued: four days in review'], description: ['Организаторы и модераторы кластеров подводят итоги основных дней салона и рассказывают о программе продолжения.', 'The organisers and cluster moderators review the fair’s main days and present the continuation programme.'] },
  { cluster: 'teacher', title: ['Закрытие ММСО: что мы услышали и что сделаем', 'MIEF closing: what we heard and what we will do'], description: ['Финальная сессия: выводы салона, обратная связь участников и планы на следующий год.', 'The closing session: the fair’s conclusions, participants’ feedback and plans for next year.'] },
];
