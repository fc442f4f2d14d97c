// @vitest-environment jsdom
/**
 * The "new exhibitor" form as an organiser uses it, by mouse and keyboard, in a DOM: what they
 * type in products and links reaches the request body, a wrong entry shows its message beside
 * its field and sends nothing, and the api's "name taken" lands beside the name.
 */
import type { ExhibitorCreate, ExhibitorCreated, Region, Session, Topic } from '@salon/shared';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInApp, signedInForEachTest, testQueryClient } from '../../testing/renderInApp.tsx';
import { CreateExhibitorForm } from './CreateExhibitorForm.tsx';

const REGIONS: Region[] = [{ code: 'moscow', name: { ru: 'Москва', en: 'Moscow' } }];
const TOPICS: Topic[] = [
  { code: 'school', name: { ru: 'Школа', en: 'School' } },
  { code: 'preschool', name: { ru: 'Дошкольное образование', en: 'Preschool' } },
];

const ORGANISER: Session = {
  token: 'organiser-token',
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    displayName: 'Организатор',
    role: 'organiser',
    color: '#336699',
    email: 'organiser@salon.example',
    exhibitorId: null,
  },
};

/** The form's labels in each language: the texts a person reads on screen. */
const LABELS = {
  ru: {
    nameRu: 'Название — Русский',
    nameEn: 'Название — English',
    descriptionRu: 'Описание — Русский',
    descriptionEn: 'Описание — English',
    region: 'Регион',
    topic: 'Школа',
    staffEmail: 'Почта сотрудника, который будет вести стенд',
    submit: 'Добавить экспонента',
  },
  en: {
    nameRu: 'Name — Русский',
    nameEn: 'Name — English',
    descriptionRu: 'Description — Русский',
    descriptionEn: 'Description — English',
    region: 'Region',
    topic: 'School',
    staffEmail: 'Email of the person who will run the stand',
    submit: 'Add the exhibitor',
  },
} as const;

/** What the api answers to POST /api/exhibitors in this test. */
type Answer = { status: 201 } | { status: 409; problem: object };

let answer: Answer = { status: 201 };
let sent: ExhibitorCreate[] = [];

function createdFrom(body: ExhibitorCreate): ExhibitorCreated {
  const { products: _products, links: _links, staffEmail, ...card } = body;
  return {
    exhibitor: { ...card, id: 'e900', region: REGIONS[0] as Region, topics: TOPICS, stand: null },
    invitation: {
      id: 'i900',
      exhibitorId: 'e900',
      email: staffEmail,
      token: 'invitation-secret-0123456789',
      expiresAt: '2099-01-08T00:00:00.000Z',
    },
  };
}

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

/** The api, as far as the form reaches it: the dictionaries, and creating the exhibitor. */
async function fakeApi(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url === '/api/regions') return json(200, REGIONS);
  if (url === '/api/topics') return json(200, TOPICS);
  if (url === '/api/exhibitors' && init?.method === 'POST') {
    const body = JSON.parse(typeof init.body === 'string' ? init.body : '') as ExhibitorCreate;
    sent.push(body);
    if (answer.status === 409) return json(409, answer.problem, 'application/problem+json');
    return json(201, createdFrom(body));
  }
  return json(404, { type: 'x', title: 'Not found', status: 404, detail: `No ${url}` });
}

async function renderForm(lng: 'ru' | 'en' = 'ru') {
  const queryClient = testQueryClient((client) => {
    client.setQueryData(['regions'], REGIONS);
    client.setQueryData(['topics'], TOPICS);
  });
  const onCreated = vi.fn<(created: ExhibitorCreated) => void>();
  await renderInApp(
    <CreateExhibitorForm onCreated={onCreated} onCancel={() => undefined} />,
    lng,
    queryClient,
  );
  return { user: userEvent.setup(), onCreated, labels: LABELS[lng] };
}

type User = ReturnType<typeof userEvent.setup>;

/** What a screen reader says after a field's label: the texts its aria-describedby names. */
function description(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/**
 * Puts `text` in the field as a paste does (a click, then one input event rather than one per
 * character), which keeps these long forms well inside a test's time on a loaded machine.
 */
async function enter(user: User, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}

/** Everything the card needs, so that only products and links decide what happens. */
async function fillCard(user: User, labels: (typeof LABELS)['ru' | 'en']) {
  await enter(user, screen.getByLabelText(labels.nameRu), 'Школа будущего');
  await enter(user, screen.getByLabelText(labels.nameEn), 'School of the Future');
  await enter(user, screen.getByLabelText(labels.descriptionRu), 'Курсы для учителей');
  await enter(user, screen.getByLabelText(labels.descriptionEn), 'Courses for teachers');
  await user.selectOptions(screen.getByLabelText(labels.region), 'moscow');
  await user.click(screen.getByLabelText(labels.topic));
  await enter(user, screen.getByLabelText(labels.staffEmail), 'anna@future.example');
}

beforeEach(() => {
  answer = { status: 201 };
  sent = [];
  vi.stubGlobal('fetch', vi.fn(fakeApi));
});
signedInForEachTest(ORGANISER);

describe('CreateExhibitorForm', () => {
  it('sends the products and links the organiser typed, in order, with the card', async () => {
    const { user, onCreated, labels } = await renderForm('ru');
    await fillCard(user, labels);

    await user.click(screen.getByRole('button', { name: 'Добавить продукт или услугу' }));
    await enter(
      user,
      screen.getByLabelText('Позиция 1: название — Русский'),
      ' Курс «Цифровая школа» ',
    );
    await enter(
      user,
      screen.getByLabelText('Позиция 1: название — English'),
      'Digital School course',
    );
    await enter(user, screen.getByLabelText('Позиция 1: описание — Русский'), '72 часа');
    await enter(user, screen.getByLabelText('Позиция 1: описание — English'), '72 hours');

    const links = [
      ['Черновик', 'Draft', 'https://future.example/draft'],
      ['Сайт', 'Website', 'https://future.example/'],
      ['Программы', 'Programmes', 'http://future.example/programmes'],
    ] as const;
    for (const [index, [ru, en, url]] of links.entries()) {
      const link = `Ссылка ${String(index + 1)}`;
      await user.click(screen.getByRole('button', { name: 'Добавить ссылку' }));
      await enter(user, screen.getByLabelText(`${link}: название — Русский`), ru);
      await enter(user, screen.getByLabelText(`${link}: название — English`), en);
      await enter(user, screen.getByLabelText(`${link}: адрес (https://…)`), url);
    }
    await user.click(screen.getByRole('button', { name: 'Удалить ссылку «Черновик»' }));

    await user.click(screen.getByRole('button', { name: labels.submit }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      name: { ru: 'Школа будущего', en: 'School of the Future' },
      topicCodes: ['school'],
      staffEmail: 'anna@future.example',
      products: [
        {
          name: { ru: 'Курс «Цифровая школа»', en: 'Digital School course' },
          description: { ru: '72 часа', en: '72 hours' },
        },
      ],
      links: [
        { title: { ru: 'Сайт', en: 'Website' }, url: 'https://future.example/' },
        { title: { ru: 'Программы', en: 'Programmes' }, url: 'http://future.example/programmes' },
      ],
    });
  });

  it('sends empty lists when no product or link was added', async () => {
    const { user, onCreated, labels } = await renderForm('en');
    await fillCard(user, labels);
    await user.click(screen.getByRole('button', { name: labels.submit }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(sent[0]).toMatchObject({ products: [], links: [] });
  });

  it('shows what is wrong with a link address beside it, focuses it, and sends nothing', async () => {
    const { user, onCreated, labels } = await renderForm('ru');
    await fillCard(user, labels);
    await user.click(screen.getByRole('button', { name: 'Добавить ссылку' }));
    await enter(user, screen.getByLabelText('Ссылка 1: название — Русский'), 'Сайт');
    await enter(user, screen.getByLabelText('Ссылка 1: название — English'), 'Website');
    const url = screen.getByLabelText('Ссылка 1: адрес (https://…)');
    await enter(user, url, 'future.example');

    await user.click(screen.getByRole('button', { name: labels.submit }));

    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(description(url)).toBe(
      'Введите полный адрес ссылки, начиная с https:// или http://, — не длиннее 500 символов.',
    );
    expect(document.activeElement).toBe(url);
    expect(screen.getByRole('status').textContent).toBe('Проверьте отмеченные поля.');
    expect(sent).toEqual([]);
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('asks for a product’s missing names and a link’s missing title, and sends nothing', async () => {
    const { user, labels } = await renderForm('en');
    await fillCard(user, labels);
    await user.click(screen.getByRole('button', { name: 'Add a product or service' }));
    await enter(user, screen.getByLabelText('Item 1: name — Русский'), 'Курс');
    await user.click(screen.getByRole('button', { name: 'Add a link' }));
    await enter(
      user,
      screen.getByLabelText('Link 1: address (https://…)'),
      'https://future.example/',
    );

    await user.click(screen.getByRole('button', { name: labels.submit }));

    const fillIn = 'Fill this in.';
    for (const label of [
      'Item 1: name — English',
      'Item 1: description — Русский',
      'Item 1: description — English',
      'Link 1: title — Русский',
      'Link 1: title — English',
    ]) {
      expect(description(screen.getByLabelText(label))).toBe(fillIn);
    }
    expect(document.activeElement).toBe(screen.getByLabelText('Item 1: name — English'));
    expect(sent).toEqual([]);
  });

  it('adds and removes rows from the keyboard, keeping focus where the organiser works', async () => {
    const { user } = await renderForm('ru');
    const addLink = screen.getByRole('button', { name: 'Добавить ссылку' });
    addLink.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Ссылка 1: название — Русский'));
    await user.keyboard('Сайт');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText('Ссылка 1: название — English'));

    screen.getByRole('button', { name: 'Удалить ссылку «Сайт»' }).focus();
    await user.keyboard(' ');
    expect(screen.queryByLabelText('Ссылка 1: название — Русский')).toBeNull();
    expect(document.activeElement).toBe(addLink);

    const addProduct = screen.getByRole('button', { name: 'Добавить продукт или услугу' });
    addProduct.focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Позиция 1: название — Русский'));
  });

  it('stops adding links at the schema’s limit and says so', async () => {
    const { user } = await renderForm('en');
    const addLink = screen.getByRole('button', { name: 'Add a link' });
    for (let n = 0; n < 10; n += 1) await user.click(addLink);
    expect(screen.getAllByLabelText(/^Link \d+: address/)).toHaveLength(10);
    expect(addLink).toHaveProperty('disabled', true);
    expect(screen.getByText(/^10 links added/)).toBeTruthy();
    await user.click(addLink);
    expect(screen.getAllByLabelText(/^Link \d+: address/)).toHaveLength(10);
  });

  it('shows the api’s “name taken” beside the name it is about', async () => {
    answer = {
      status: 409,
      problem: {
        type: 'https://salon.example/problems/exhibitor-exists',
        title: 'Exhibitor already exists',
        status: 409,
        detail:
          'An exhibitor with this name already exists. Open its stand instead, or choose another name.',
        errors: [{ path: 'body.name.en', message: 'An exhibitor with this name already exists' }],
      },
    };
    const { user, onCreated, labels } = await renderForm('en');
    await fillCard(user, labels);
    await user.click(screen.getByRole('button', { name: labels.submit }));

    const name = screen.getByLabelText(labels.nameEn);
    await waitFor(() =>
      expect(description(name)).toBe(
        'An exhibitor with this name already exists. Find it in the list, or give the new one another name.',
      ),
    );
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(screen.getByLabelText(labels.nameRu).getAttribute('aria-invalid')).toBeNull();
    expect(sent).toHaveLength(1);
    expect(onCreated).not.toHaveBeenCalled();
  });
});
