/**
 * Products and services that fit a topic (cluster), for any exhibitor working in it. Each row is
 * name ru, name en, description ru, description en.
 */
import type { TopicCode } from '../dictionaries.ts';

export type ProductRow = readonly [string, string, string, string];

// prettier-ignore
export const TOPIC_PRODUCTS: Readonly<Record<TopicCode, readonly ProductRow[]>> = {
  preschool: [
    ['Программа раннего развития', 'Early development programme', 'Занятия для детей 3–7 лет: речь, счёт, моторика и общение, с планами для воспитателей.', 'Activities for children aged 3–7 (speech, counting, motor skills and social play) with plans for teachers.'],
    ['Развивающие игры для группы', 'Learning games for the group', 'Набор настольных и цифровых игр для работы в малых группах детского сада.', 'A set of board and digital games for small-group work in kindergarten.'],
    ['Консультации для родителей', 'Advice for parents', 'Онлайн-встречи с логопедом и психологом о подготовке ребёнка к школе.', 'Online sessions with a speech therapist and a psychologist on getting a child ready for school.'],
  ],
  school: [
    ['Подготовка к ОГЭ и ЕГЭ', 'OGE and EGE exam preparation', 'Тренировочные варианты, разбор ошибок и план повторения для 9 и 11 классов.', 'Practice papers, error analysis and a revision plan for grades 9 and 11.'],
    ['Диагностика функциональной грамотности', 'Functional literacy assessment', 'Задания на жизненных ситуациях и отчёт по классу с рекомендациями учителю.', 'Tasks built on everyday situations and a class report with advice for the teacher.'],
    ['Проектная неделя', 'Project week', 'Готовый сценарий межпредметной проектной недели для 5–8 классов.', 'A ready-made scenario for a cross-subject project week in grades 5–8.'],
  ],
  vocational: [
    ['Профессиональные пробы', 'Job tasters', 'Однодневные пробы для школьников в мастерских и на предприятиях-партнёрах.', 'One-day tasters for school students in workshops and at partner companies.'],
    ['Подготовка к демонстрационному экзамену', 'Demonstration exam preparation', 'Тренировочные задания и оборудование по стандартам отрасли.', 'Practice tasks and equipment to industry standards.'],
    ['Обучение вместе с работодателем', 'Training with employers', 'Практика и стажировки на предприятиях с наставником с первого курса.', 'Placements and internships at companies with a mentor from the first year.'],
  ],
  higher: [
    ['Подготовительные курсы', 'Preparatory courses', 'Онлайн-курсы для абитуриентов по профильным предметам и консультации по поступлению.', 'Online courses for applicants in core subjects, with admission advice.'],
    ['Олимпиада для школьников', 'Olympiad for school students', 'Отборочный онлайн-этап и очный финал; победители получают льготы при поступлении.', 'An online qualifying round and an in-person final; winners get admission benefits.'],
    ['Совместные программы с индустрией', 'Joint programmes with industry', 'Магистерские программы с проектами от компаний-партнёров.', 'Master’s programmes with projects set by partner companies.'],
  ],
  supplementary: [
    ['Кружок робототехники', 'Robotics club', 'Занятия для 8–14 лет: конструирование, программирование и соревнования.', 'Sessions for ages 8–14: building, coding and competitions.'],
    ['Летняя онлайн-школа', 'Online summer school', 'Двухнедельная смена с проектами, мастер-классами и защитой работ.', 'A two-week session with projects, master classes and presentations.'],
    ['Курсы для взрослых', 'Courses for adults', 'Короткие программы переподготовки и повышения квалификации по вечерам.', 'Short evening retraining and professional development courses.'],
  ],
  digital: [
    ['Цифровой класс под ключ', 'A turnkey digital classroom', 'Оборудование, программы и обучение учителей для одного класса.', 'Equipment, software and teacher training for one classroom.'],
    ['Электронная библиотека', 'Digital library', 'Учебники, пособия и видеоуроки в одном каталоге с поиском.', 'Textbooks, workbooks and video lessons in one searchable catalogue.'],
    ['Курс цифровой гигиены', 'Digital hygiene course', 'Занятия для учеников и родителей о паролях, фишинге и времени у экрана.', 'Sessions for students and parents on passwords, phishing and screen time.'],
  ],
  inclusive: [
    ['Адаптированные материалы', 'Adapted materials', 'Учебные материалы с крупным шрифтом, аудиоверсиями и пиктограммами.', 'Learning materials in large print, with audio versions and pictograms.'],
    ['Тьюторское сопровождение', 'Tutor support', 'Тьютор помогает ребёнку с особыми потребностями учиться в обычном классе.', 'A tutor helps a child with special needs learn in a mainstream class.'],
    ['Курс для учителей по инклюзии', 'Inclusion course for teachers', 'Программа на 36 часов о работе с детьми с ОВЗ на уроке.', 'A 36-hour programme on teaching children with special needs.'],
  ],
  upbringing: [
    ['Программа классных часов', 'Form-time programme', 'Сценарии классных часов на учебный год о семье, истории и добрых делах.', 'A year of form-time sessions about family, history and good deeds.'],
    ['Школьный музей онлайн', 'Online school museum', 'Платформа для виртуальных экспозиций и экскурсий, которые делают сами ученики.', 'A platform for virtual exhibitions and tours made by the students themselves.'],
    ['Волонтёрские проекты', 'Volunteering projects', 'Каталог проектов для школьных команд и учёт волонтёрских часов.', 'A catalogue of projects for school teams, with a log of volunteering hours.'],
  ],
  teacher: [
    ['Наставничество для молодых учителей', 'Mentoring for early-career teachers', 'Наставник на первые два года и встречи сообщества молодых педагогов.', 'A mentor for the first two years and meetings of a community of new teachers.'],
    ['Курс «Цифровые компетенции педагога»', 'Course: Digital skills for teachers', 'Программа на 36 часов с удостоверением о повышении квалификации.', 'A 36-hour programme with an official professional development certificate.'],
    ['Методический марафон', 'Teaching methods marathon', 'Неделя открытых уроков и разборов лучших практик с коллегами.', 'A week of open lessons and best-practice reviews with colleagues.'],
  ],
  edtech: [
    ['Пилот в школах', 'School pilot', 'Бесплатный пилот на одну четверть с сопровождением и отчётом о результатах.', 'A free one-term pilot with support and a report on the results.'],
    ['Конструктор уроков', 'Lesson builder', 'Интерактивный урок из готовых заданий, видео и тестов за несколько минут.', 'An interactive lesson built from ready-made tasks, videos and quizzes in minutes.'],
    ['Открытый API для интеграций', 'Open API for integrations', 'Подключение к электронному журналу и системе дистанционного обучения школы.', 'Connects to the school’s gradebook and learning management system.'],
  ],
};
