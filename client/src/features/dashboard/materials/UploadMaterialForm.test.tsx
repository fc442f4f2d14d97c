// @vitest-environment jsdom
/**
 * Uploading a material as its exhibitor does, in a DOM: every retry of one file ("Try again"
 * after the connection failed) sends the same Idempotency-Key, so that an upload the api stored
 * although its answer was lost is not stored twice; the next file gets a key of its own.
 */
import type { Material, Session } from '@salon/shared';
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInApp, signedInForEachTest } from '../../../testing/renderInApp.tsx';
import { UploadMaterialForm } from './UploadMaterialForm.tsx';

const STAFF: Session = {
  token: 'staff-token',
  expiresAt: '2099-01-01T00:00:00.000Z',
  user: {
    id: '00000000-0000-4000-8000-000000000002',
    displayName: 'Сотрудник стенда',
    role: 'exhibitor',
    color: '#336699',
    email: 'staff@uchilab.example',
    exhibitorId: 'e020',
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function material(name: string): Material {
  return {
    id: '5d6a1f3e-2b1c-4c8e-9f00-0000000000aa',
    kind: 'pdf',
    title: { ru: name, en: name },
    url: '/api/files/5d6a1f3e-2b1c-4c8e-9f00-0000000000bb',
    sizeBytes: 9,
  };
}

/** An XMLHttpRequest that records what was sent and answers when the test says. */
class FakeUpload {
  static sent: FakeUpload[] = [];
  readonly headers: Record<string, string> = {};
  readonly upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  method = '';
  url = '';
  responseType = '';
  responseText = '';
  status = 0;
  statusText = '';
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }
  send(): void {
    FakeUpload.sent.push(this);
  }
  abort(): void {
    this.onabort?.();
  }
  /** The connection drops: the browser reports a network error, whatever the server did. */
  drop(): void {
    this.onerror?.();
  }
  answer(status: number, body: unknown): void {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

signedInForEachTest(STAFF);

beforeEach(() => {
  FakeUpload.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeUpload);
});

async function fillTitles(title: string): Promise<void> {
  const [ru, en] = screen.getAllByLabelText(/^File title — /);
  if (!ru || !en) throw new Error('The title fields are missing');
  await userEvent.type(ru, title);
  await userEvent.type(en, title);
}

function pdf(name: string): File {
  return new File(['%PDF-1.4\n'], name, { type: 'application/pdf' });
}

/** The upload the form sent as the `count`th request. */
async function sentUpload(count: number): Promise<FakeUpload> {
  await waitFor(() => expect(FakeUpload.sent).toHaveLength(count));
  const request = FakeUpload.sent[count - 1];
  if (!request) throw new Error(`No request number ${String(count)}`);
  return request;
}

describe('UploadMaterialForm', () => {
  it('sends the same key when a dropped upload is retried, and a new one for the next file', async () => {
    const added: Material[] = [];
    await renderInApp(
      <UploadMaterialForm exhibitorId="e020" onAdded={(one) => added.push(one)} />,
      'en',
    );
    await fillTitles('Booklet');
    await userEvent.upload(screen.getByLabelText('Material file'), pdf('booklet.pdf'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload material' }));
    const first = await sentUpload(1);
    expect(first.method).toBe('POST');
    expect(first.url).toBe('/api/stands/e020/materials/files');
    expect(first.headers['idempotency-key']).toMatch(UUID);
    first.drop();

    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    const retry = await sentUpload(2);
    expect(retry.headers['idempotency-key']).toBe(first.headers['idempotency-key']);
    retry.answer(201, material('Booklet'));
    await screen.findByText('“booklet.pdf” is uploaded.');
    expect(added).toEqual([material('Booklet')]);

    await fillTitles('Map');
    await userEvent.upload(screen.getByLabelText('Material file'), pdf('map.pdf'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload material' }));
    const next = await sentUpload(3);
    expect(next.headers['idempotency-key']).toMatch(UUID);
    expect(next.headers['idempotency-key']).not.toBe(first.headers['idempotency-key']);
  });

  it('gives a file chosen again after a failure a new key', async () => {
    await renderInApp(<UploadMaterialForm exhibitorId="e020" onAdded={() => {}} />, 'en');
    await fillTitles('Booklet');
    const input = screen.getByLabelText('Material file');
    await userEvent.upload(input, pdf('draft.pdf'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload material' }));
    const first = await sentUpload(1);
    first.drop();
    await screen.findByRole('button', { name: 'Try again' });

    await userEvent.upload(input, pdf('final.pdf'));
    await userEvent.click(screen.getByRole('button', { name: 'Upload material' }));
    const other = await sentUpload(2);
    expect(other.headers['idempotency-key']).toMatch(UUID);
    expect(other.headers['idempotency-key']).not.toBe(first.headers['idempotency-key']);
  });
});
