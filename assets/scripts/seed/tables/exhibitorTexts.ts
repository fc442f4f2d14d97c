/** Sentences that finish exhibitors' descriptions, as [Russian, English]. */
import type { TopicCode } from '../dictionaries.ts';
import type { InstitutionKind } from './institutions.ts';

type Pair = readonly [string, string];

// prettier-ignore
export const BUSINESS_CLOSINGS: readonly Pair[] = [
  ['На стенде — демонстрация продукта и пробный доступ для школ.', 'At the stand: a product demo and trial access for schools.'],
  ['Работает со школами и колледжами более чем в 40 регионах.', 'Works with schools and colleges in more than 40 regions.'],
  ['Ведёт вебинары для учителей и делится методическими материалами.', 'Runs webinars for teachers and shares teaching materials.'],
  ['Приглашает к сотрудничеству образовательные организации и регионы.', 'Invites educational organisations and regions to work together.'],
];

/** What an education authority puts first, by its leading topic: "В фокусе — …", "a focus on …". */
// prettier-ignore
export const AUTHORITY_FOCUS: Readonly<Record<TopicCode, Pair>> = {
  preschool: ['доступность детских садов и раннее развитие', 'access to kindergartens and early development'],
  school: ['качество общего образования и новые школы', 'the quality of school education and new schools'],
  vocational: ['подготовка кадров в колледжах вместе с работодателями', 'training skilled workers in colleges together with employers'],
  higher: ['партнёрство школ, вузов и предприятий', 'partnerships between schools, universities and employers'],
  supplementary: ['кружки, технопарки и образование взрослых', 'clubs, technoparks and adult education'],
  digital: ['цифровая образовательная среда и дистанционное обучение', 'the digital learning environment and distance learning'],
  inclusive: ['инклюзивное образование и доступная среда', 'inclusive education and accessible environments'],
  upbringing: ['воспитательные программы и детские движения', 'character education programmes and youth movements'],
  teacher: ['поддержка учителей и наставничество', 'support for teachers and mentoring'],
  edtech: ['пилотирование образовательных технологий в школах', 'piloting education technology in schools'],
};

// prettier-ignore
export const INSTITUTION_CLOSINGS: Readonly<Record<InstitutionKind, Pair>> = {
  school: ['Проводит открытые уроки для учителей других школ.', 'Gives open lessons for teachers from other schools.'],
  kindergarten: ['Приглашает родителей на онлайн-экскурсию по группам.', 'Invites parents on an online tour of its groups.'],
  college: ['Приглашает абитуриентов на онлайн-день открытых дверей.', 'Invites applicants to an online open day.'],
  university: ['Приглашает абитуриентов на онлайн-день открытых дверей.', 'Invites applicants to an online open day.'],
  centre: ['Записывает на занятия прямо на стенде.', 'Enrolment is open right at the stand.'],
  institute: ['На стенде — каталог программ и консультации методистов.', 'At the stand: the programme catalogue and advice from methodologists.'],
};
