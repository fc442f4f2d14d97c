/**
 * What exhibitors hold at their stands beside the forum, per topic (cluster): webinars (a talk
 * with questions) and master classes (the audience works along). Each row is format, title ru,
 * title en, description ru, description en; every title is used at most once.
 */
import type { WebinarFormat } from '@salon/shared';
import type { TopicCode } from '../dictionaries.ts';

export type WebinarRow = readonly [WebinarFormat, string, string, string, string];

// prettier-ignore
export const STAND_WEBINARS: Readonly<Record<TopicCode, readonly WebinarRow[]>> = {
  preschool: [
    ['webinar', 'Как говорить с ребёнком, чтобы развивалась речь', 'Talking with a child so that speech develops', 'Логопед разбирает повседневные ситуации в детском саду и дома и отвечает на вопросы воспитателей и родителей.', 'A speech therapist goes through everyday situations in kindergarten and at home and answers teachers’ and parents’ questions.'],
    ['masterClass', 'STEM-занятие для группы 5–6 лет', 'A STEM session for a group of 5–6-year-olds', 'Проводим занятие с простыми опытами вместе: понадобятся вода, бумага и магниты. Конспект пришлём после встречи.', 'We run a session of simple experiments together: you will need water, paper and magnets. The lesson plan is sent afterwards.'],
    ['webinar', 'Готов ли ребёнок к школе: наблюдение вместо тестов', 'Is a child ready for school? Observation instead of tests', 'Показываем карту наблюдений, которую воспитатель ведёт весь год, и как обсуждать её с семьёй.', 'We show the observation chart a teacher keeps through the year, and how to discuss it with the family.'],
  ],
  school: [
    ['masterClass', 'Задание на функциональную грамотность за 20 минут', 'A functional literacy task in 20 minutes', 'Участники пишут задание на жизненной ситуации по своему предмету и получают разбор от методиста.', 'Participants write a task built on an everyday situation for their own subject and get feedback from a methodologist.'],
    ['webinar', 'Оценивание, которое помогает учиться: примеры с уроков', 'Assessment that helps pupils learn: examples from lessons', 'Учителя показывают критерии, листы самооценки и обратную связь, которые работают в 5–9 классах.', 'Teachers show the criteria, self-assessment sheets and feedback that work in grades 5–9.'],
    ['webinar', 'Подготовка к ЕГЭ по математике без натаскивания', 'Preparing for the maths state exam without teaching to the test', 'Как построить повторение в 11 классе вокруг понимания, а не шаблонов, и что показывают результаты.', 'How to build grade 11 revision around understanding rather than templates, and what the results show.'],
  ],
  vocational: [
    ['webinar', 'Демонстрационный экзамен: ошибки первого года', 'The demonstration exam: first-year mistakes', 'Эксперты колледжей разбирают типичные ошибки площадок и студентов и отвечают на вопросы.', 'College assessors go through the usual mistakes of exam centres and students and answer questions.'],
    ['masterClass', 'Первая неделя практиканта на предприятии', 'A trainee’s first week at a company', 'Составляем план первой недели студента у работодателя по шаблону, который можно забрать с собой.', 'We draw up a plan for a student’s first week at an employer from a template you can take away.'],
    ['webinar', 'Как колледжу договориться с работодателем', 'How a college strikes a deal with an employer', 'Договоры о практике, общие мастерские и целевое обучение: что работает в регионах.', 'Placement agreements, shared workshops and sponsored training: what works in the regions.'],
  ],
  higher: [
    ['webinar', 'Приёмная кампания 2027: что изменилось для абитуриентов', 'Admissions 2027: what has changed for applicants', 'Приёмная комиссия рассказывает о сроках, льготах и целевых местах и отвечает на вопросы школьников и родителей.', 'The admissions office explains the dates, benefits and sponsored places and answers questions from school students and parents.'],
    ['masterClass', 'Исследовательский проект для старшеклассников за одну встречу', 'A research project for upper secondary students in one session', 'Вместе с преподавателями университета участники придумывают проект, который школа и вуз ведут вместе.', 'Together with university lecturers, participants design a project that a school and a university run jointly.'],
    ['webinar', 'Карьерный центр: от первого курса до работы', 'The career centre: from the first year to a job', 'Как университет знакомит студентов с работодателями с первого курса и что говорят выпускники.', 'How the university introduces students to employers from their first year, and what graduates say.'],
  ],
  supplementary: [
    ['masterClass', 'Собираем первого робота', 'Building a first robot', 'Педагог показывает занятие для 8–10 лет: сборка, простая программа и соревнование. Набор не обязателен, можно просто смотреть.', 'A teacher shows a session for ages 8–10: assembly, a simple program and a contest. A kit is optional; you can just watch.'],
    ['webinar', 'Летняя профильная смена: план на две недели', 'A summer themed session: a two-week plan', 'Как выбрать тему, собрать команду педагогов и закончить смену защитой проектов.', 'How to choose a theme, bring a team of teachers together and end the session with project presentations.'],
    ['webinar', 'Онлайн-кружок, из которого не уходят', 'An online club that children stay in', 'Короткие встречи, задания между ними и роль родителей: опыт двух лет занятий онлайн.', 'Short meetings, tasks in between and the parents’ part: two years of running clubs online.'],
  ],
  digital: [
    ['webinar', 'Искусственный интеллект на уроке: правила и примеры', 'Artificial intelligence in the lesson: rules and examples', 'Где ИИ-помощник экономит время учителя, где мешает учиться и как договориться об этом с классом.', 'Where an AI assistant saves the teacher time, where it gets in the way of learning, and how to agree on it with the class.'],
    ['masterClass', 'Смешанный урок за 45 минут', 'A blended lesson in 45 minutes', 'Собираем урок из очной части и онлайн-заданий на платформе и проверяем его на участниках.', 'We build a lesson from a face-to-face part and online tasks on the platform and try it out on the participants.'],
    ['webinar', 'Цифровая гигиена: что рассказать родителям', 'Digital hygiene: what to tell parents', 'Готовый сценарий родительского собрания о паролях, мошенниках и времени у экрана.', 'A ready-made parents’ meeting on passwords, scams and screen time.'],
  ],
  inclusive: [
    ['masterClass', 'Адаптируем задание для ученика с ОВЗ', 'Adapting a task for a pupil with special needs', 'Участники приносят своё задание и вместе с дефектологом упрощают формулировку, добавляют опоры и пиктограммы.', 'Participants bring a task of their own and, with a special-needs teacher, simplify the wording and add prompts and pictograms.'],
    ['webinar', 'Тьютор в обычном классе: кто за что отвечает', 'A tutor in a mainstream class: who does what', 'Учитель, тьютор и родители делят задачи: примеры договорённостей из школ, где это работает.', 'The teacher, the tutor and the parents share the work: examples of agreements from schools where it works.'],
    ['webinar', 'Инклюзия в кружках и секциях', 'Inclusion in clubs and sports sections', 'Как принять ребёнка с особыми потребностями в кружок и подготовить к этому группу и педагога.', 'How to welcome a child with special needs into a club and prepare the group and the teacher for it.'],
  ],
  upbringing: [
    ['masterClass', 'Классный час, который запомнят', 'A form-time session pupils remember', 'Проводим классный час о семейной истории по готовому сценарию и обсуждаем, как подстроить его под свой класс.', 'We run a form-time session on family history from a ready scenario and discuss how to fit it to your own class.'],
    ['webinar', 'Школьный музей силами учеников', 'A school museum made by its pupils', 'Как ученики собирают экспозицию, записывают воспоминания и водят экскурсии, в том числе онлайн.', 'How pupils put an exhibition together, record memories and give tours, online as well.'],
    ['webinar', 'Школьные медиа: с чего начать', 'School media: where to start', 'Редакция из учеников, первые выпуски и правила, о которых стоит договориться заранее.', 'An editorial team of pupils, the first issues, and the rules worth agreeing on in advance.'],
  ],
  teacher: [
    ['webinar', 'Первый год в школе: как наставник помогает молодому учителю', 'The first year at school: how a mentor helps a new teacher', 'План встреч на год, посещение уроков и что делать, когда молодой коллега хочет уйти.', 'A year’s plan of meetings, lesson visits, and what to do when a young colleague wants to leave.'],
    ['masterClass', 'Разбор урока по видео', 'Reviewing a lesson on video', 'Смотрим фрагмент урока и учимся давать коллеге обратную связь по протоколу наблюдения.', 'We watch part of a lesson and practise giving a colleague feedback with an observation protocol.'],
    ['webinar', 'Нагрузка учителя: что убрать уже в этом году', 'Teachers’ workload: what can go this year', 'Отчёты, дублирующие журналы и лишние совещания: что школы уже отменили и что из этого вышло.', 'Reports, duplicate registers and needless meetings: what schools have already dropped and how it went.'],
  ],
  edtech: [
    ['webinar', 'Пилот в школе: как измерить эффект', 'A school pilot: measuring the effect', 'Показываем пилот на одну четверть: группа для сравнения, метрики и отчёт для директора.', 'We show a one-term pilot: a comparison group, metrics and a report for the head.'],
    ['masterClass', 'Интерактивный урок в конструкторе за полчаса', 'An interactive lesson in the builder in half an hour', 'Каждый участник собирает урок из готовых заданий, видео и теста и уходит со ссылкой для своего класса.', 'Each participant builds a lesson from ready-made tasks, a video and a quiz and leaves with a link for their class.'],
    ['webinar', 'Адаптивное обучение: что учитель видит в данных', 'Adaptive learning: what the teacher sees in the data', 'Разбираем панель учителя: где ученик застрял, какие задания дать дальше и когда вмешаться самому.', 'A walk through the teacher’s dashboard: where a pupil is stuck, which tasks come next and when to step in yourself.'],
  ],
};
