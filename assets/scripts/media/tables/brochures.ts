/**
 * The six demo PDF brochures: a cover and two sections each, every text as [Russian, English].
 * `kinds` and `topics` say which exhibitors hand a brochure out.
 */
import type { ExhibitorKind } from '@salon/shared';
import type { TopicCode } from '../../seed/dictionaries.ts';

type Pair = readonly [string, string];

export interface BrochureSection {
  readonly heading: Pair;
  readonly paragraphs: readonly Pair[];
}

export interface BrochureFacts {
  readonly title: Pair;
  readonly kinds: readonly ExhibitorKind[];
  readonly topics: readonly TopicCode[];
  readonly sections: readonly BrochureSection[];
}

// prettier-ignore
export const BROCHURES: readonly BrochureFacts[] = [
  {
    title: ['Цифровая образовательная среда: руководство для школ', 'The digital learning environment: a guide for schools'],
    kinds: [], topics: ['digital', 'edtech'],
    sections: [
      { heading: ['С чего начать', 'Where to start'], paragraphs: [
        ['Опишите, какие задачи школа хочет решить: домашние задания, расписание, связь с родителями или подготовка к экзаменам. Выбирайте сервисы под задачи, а не наоборот.', 'Describe what the school wants to solve: homework, timetables, contact with parents or exam preparation. Choose services for the tasks, not the other way round.'],
        ['Начните с пилота в двух-трёх классах на одну четверть и договоритесь заранее, по каким показателям будете оценивать результат.', 'Start with a pilot in two or three classes for one term, and agree in advance on how you will measure the result.'],
      ] },
      { heading: ['Безопасность и данные', 'Safety and data'], paragraphs: [
        ['Персональные данные учеников хранятся в России, доступ к ним получают только учителя класса и администрация школы.', 'Students’ personal data are stored in Russia; only their class teachers and the school administration can see them.'],
        ['Проводите для учителей и родителей короткие занятия по цифровой гигиене: пароли, фишинг, время у экрана.', 'Give teachers and parents short sessions on digital hygiene: passwords, phishing and screen time.'],
      ] },
    ],
  },
  {
    title: ['Функциональная грамотность: задания и диагностика', 'Functional literacy: tasks and assessment'],
    kinds: [], topics: ['school', 'preschool'],
    sections: [
      { heading: ['Что мы измеряем', 'What we measure'], paragraphs: [
        ['Читательскую, математическую и естественнонаучную грамотность, а также финансовую грамотность и креативное мышление учеников 5–9 классов.', 'Reading, mathematical and scientific literacy, as well as financial literacy and creative thinking of students in grades 5–9.'],
        ['Задания построены на жизненных ситуациях: прочитать инструкцию, сравнить тарифы, спланировать поездку.', 'Tasks are built on everyday situations: reading instructions, comparing tariffs, planning a trip.'],
      ] },
      { heading: ['Как работать с результатами', 'How to use the results'], paragraphs: [
        ['Учитель получает отчёт по классу и по каждому ученику с рекомендациями, какие темы повторить.', 'The teacher receives a report for the class and for each student, with advice on which topics to revisit.'],
        ['Повторная диагностика через полгода показывает, какие приёмы обучения сработали.', 'A repeat assessment after six months shows which teaching methods worked.'],
      ] },
    ],
  },
  {
    title: ['Колледж и профессия: путеводитель абитуриента', 'College and career: an applicant’s guide'],
    kinds: [], topics: ['vocational'],
    sections: [
      { heading: ['Как выбрать специальность', 'How to choose a speciality'], paragraphs: [
        ['Пройдите профессиональные пробы: за один день можно попробовать себя в роли сварщика, программиста или повара.', 'Try job tasters: in one day you can work as a welder, a programmer or a cook.'],
        ['Узнайте, какие предприятия региона берут выпускников колледжа и какие зарплаты они предлагают.', 'Find out which employers in the region hire the college’s graduates and what salaries they offer.'],
      ] },
      { heading: ['Поступление', 'Admission'], paragraphs: [
        ['Приём документов начинается 20 июня. Зачисление идёт по среднему баллу аттестата, на творческие специальности — по итогам испытаний.', 'Applications open on 20 June. Places are given by average school grade; for creative specialities, by entrance tests.'],
        ['Студенты проходят практику на предприятиях-партнёрах и сдают демонстрационный экзамен по стандартам отрасли.', 'Students train at partner companies and take a demonstration exam to industry standards.'],
      ] },
    ],
  },
  {
    title: ['Поступление в университет: программы и гранты', 'University admission: programmes and grants'],
    kinds: [], topics: ['higher'],
    sections: [
      { heading: ['Программы', 'Programmes'], paragraphs: [
        ['Бакалавриат и специалитет по инженерным, естественным, гуманитарным и педагогическим направлениям; магистратура с проектным обучением.', 'Bachelor’s and specialist degrees in engineering, science, humanities and education; master’s programmes built around projects.'],
        ['Для школьников — олимпиады, подготовительные курсы и летние научные школы.', 'For school students: olympiads, preparatory courses and summer science schools.'],
      ] },
      { heading: ['Гранты и общежитие', 'Grants and housing'], paragraphs: [
        ['Бюджетные места, целевое обучение с работодателями и гранты для победителей олимпиад.', 'State-funded places, employer-sponsored study and grants for olympiad winners.'],
        ['Иногородним студентам предоставляется общежитие; первокурсников сопровождают кураторы.', 'Students from other cities are offered a place in a hall of residence; first-year students have tutors.'],
      ] },
    ],
  },
  {
    title: ['Каждый ребёнок важен: инклюзия и воспитание', 'Every child matters: inclusion and upbringing'],
    kinds: [], topics: ['inclusive', 'upbringing', 'supplementary', 'preschool'],
    sections: [
      { heading: ['Доступная среда', 'An accessible setting'], paragraphs: [
        ['Тьюторы, логопеды и психологи помогают детям с особыми образовательными потребностями учиться вместе со сверстниками.', 'Tutors, speech therapists and psychologists help children with special educational needs learn alongside their peers.'],
        ['Адаптированные материалы: крупный шрифт, аудиоверсии, пиктограммы и простой язык.', 'Adapted materials: large print, audio versions, pictograms and plain language.'],
      ] },
      { heading: ['Воспитание и досуг', 'Values and free time'], paragraphs: [
        ['Кружки, волонтёрские проекты, школьные музеи и театры помогают детям найти себя и друзей.', 'Clubs, volunteering, school museums and theatres help children find themselves and their friends.'],
        ['Родители участвуют в жизни класса: совместные проекты, открытые занятия и семейные выходные.', 'Parents take part in class life: joint projects, open lessons and family weekends.'],
      ] },
    ],
  },
  {
    title: ['Учитель будущего: программы развития педагогов', 'Teacher of the future: development programmes'],
    kinds: ['regionalSystem'], topics: ['teacher'],
    sections: [
      { heading: ['Повышение квалификации', 'Professional development'], paragraphs: [
        ['Программы на 16, 36, 72 и 144 академических часа: онлайн и в смешанном формате, с удостоверением установленного образца.', 'Programmes of 16, 36, 72 and 144 academic hours, online or blended, with an official certificate.'],
        ['Самодиагностика компетенций подсказывает, какие программы закроют именно ваши дефициты.', 'A competency self-assessment suggests the programmes that cover your own gaps.'],
      ] },
      { heading: ['Наставничество', 'Mentoring'], paragraphs: [
        ['Молодой учитель получает наставника на первые два года работы и сообщество коллег в своём регионе.', 'An early-career teacher gets a mentor for the first two years and a community of colleagues in the region.'],
        ['Лучшие практики регионов собраны в открытую библиотеку уроков и сценариев.', 'The regions’ best practices are collected in an open library of lessons and lesson plans.'],
      ] },
    ],
  },
];
