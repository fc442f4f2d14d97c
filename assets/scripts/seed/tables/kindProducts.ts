/**
 * Products and services by kind of exhibitor: what a company sells, what a region's education
 * authority presents, what each kind of educational organisation offers. `{ru}` and `{en}` in a
 * business row stand for the company's name. Rows as in `topicProducts.ts`.
 */
import type { InstitutionKind } from './institutions.ts';
import type { ProductRow } from './topicProducts.ts';

// prettier-ignore
export const BUSINESS_PRODUCTS: readonly ProductRow[] = [
  ['Лицензия для школы', 'School licence', 'Годовая подписка на «{ru}» для всех учителей и учеников одной школы.', 'A yearly {en} subscription for every teacher and student of one school.'],
  ['Региональный пилот', 'Regional pilot', 'Трёхмесячный пилот «{ru}» в школах региона с сопровождением и отчётом об эффектах.', 'A three-month {en} pilot in a region’s schools, with support and an impact report.'],
  ['Обучение педагогов', 'Teacher training', 'Вебинары и курс на 16 часов о работе с «{ru}» на уроке.', 'Webinars and a 16-hour course on using {en} in class.'],
  ['Техническая поддержка', 'Technical support', 'Персональный менеджер и поддержка пользователей «{ru}» по будням с 8 до 20 по Москве.', 'A personal manager and support for {en} users on weekdays, 8:00–20:00 Moscow time.'],
];

// prettier-ignore
export const AUTHORITY_PRODUCTS: readonly ProductRow[] = [
  ['Региональная программа развития образования', 'Regional education development programme', 'Приоритеты, проекты и целевые показатели региона до 2030 года.', 'The region’s priorities, projects and targets up to 2030.'],
  ['Центр непрерывного повышения мастерства педагогов', 'Centre for continuous teacher development', 'Курсы, стажировки и наставничество для учителей региона.', 'Courses, secondments and mentoring for the region’s teachers.'],
  ['Навигатор дополнительного образования', 'Supplementary education directory', 'Все кружки и секции региона с записью онлайн и сертификатами.', 'Every club and class in the region, with online enrolment and vouchers.'],
  ['Открытые данные об образовании', 'Open data on education', 'Показатели школ, колледжей и детских садов региона в открытом доступе.', 'Figures for the region’s schools, colleges and kindergartens, open to all.'],
];

// prettier-ignore
export const INSTITUTION_PRODUCTS: Readonly<Record<InstitutionKind, readonly ProductRow[]>> = {
  school: [
    ['Профильные классы', 'Specialised classes', 'Инженерный, медицинский и IT-профили в 10–11 классах с практикой у партнёров.', 'Engineering, medical and IT tracks in grades 10–11, with placements at partners.'],
    ['Открытые уроки для учителей', 'Open lessons for teachers', 'Коллеги из других школ приходят на уроки и разбирают их вместе с нами.', 'Colleagues from other schools attend lessons and review them with us.'],
  ],
  kindergarten: [
    ['Группы полного дня', 'Full-day groups', 'Группы для детей 3–7 лет с 7:00 до 19:00, прогулками и кружками.', 'Groups for children aged 3–7 from 7:00 to 19:00, with outdoor play and clubs.'],
    ['Адаптационная группа', 'Settling-in group', 'Короткие встречи для малышей и родителей перед началом посещения сада.', 'Short sessions for toddlers and parents before they start kindergarten.'],
  ],
  college: [
    ['Приём на специальности', 'Admission to specialities', 'Приём после 9 и 11 классов по среднему баллу аттестата, бюджетные места.', 'Admission after grades 9 and 11 by average school grade, with state-funded places.'],
    ['Дни профессий', 'Career days', 'Школьники пробуют специальности колледжа в мастерских под руководством мастеров.', 'School students try the college’s specialities in workshops with instructors.'],
  ],
  university: [
    ['Бакалавриат и специалитет', 'Bachelor’s and specialist degrees', 'Более сорока направлений подготовки, бюджетные места и целевое обучение.', 'More than forty fields of study, state-funded places and employer-sponsored study.'],
    ['Магистратура', 'Master’s programmes', 'Программы с проектным обучением, в том числе на английском языке.', 'Project-based programmes, including some taught in English.'],
  ],
  centre: [
    ['Кружки и студии', 'Clubs and studios', 'Техническое, художественное и естественнонаучное творчество для детей 6–17 лет.', 'Technology, arts and science clubs for children aged 6–17.'],
    ['Каникулярные смены', 'Holiday sessions', 'Интенсивы в каникулы с проектами и выездами на предприятия.', 'Holiday intensives with projects and visits to companies.'],
  ],
  institute: [
    ['Курсы повышения квалификации', 'Professional development courses', 'Программы на 16, 36 и 72 часа для учителей и руководителей школ.', 'Programmes of 16, 36 and 72 hours for teachers and school leaders.'],
    ['Методическое сопровождение школ', 'Support for schools', 'Методисты помогают школам с рабочими программами и подготовкой к проверкам.', 'Methodologists help schools with curricula and with preparing for inspections.'],
  ],
};
