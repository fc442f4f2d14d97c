/**
 * The demo stands' content and the demo accounts: products, materials (committed documents and
 * images from the assets package), video presentations with posters and captions, and the
 * sign-ins of the organiser, exhibitor staff and forum staff (all with the documented demo
 * password), with the forum staff's assignments to their events.
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import path from 'node:path';
import { resolveAssetPath } from '@salon/assets/media';
import { DEMO_ACCOUNT_PASSWORD, type DemoFair } from '@salon/assets/seed';
import { hashPassword } from '../../auth/passwords.ts';
import { productRows } from '../productRows.ts';
import type * as t from '../schema/index.ts';

type FileRow = typeof t.storedFiles.$inferInsert;

const sizes = new Map<string, number>();
function sizeOf(assetPath: string): number {
  let size = sizes.get(assetPath);
  if (size === undefined) {
    size = statSync(resolveAssetPath(assetPath)).size;
    sizes.set(assetPath, size);
  }
  return size;
}

function assetFile(
  exhibitorId: string,
  purpose: FileRow['purpose'],
  assetPath: string,
  contentType: string,
  language: string | null = null,
): FileRow & { id: string } {
  return {
    id: randomUUID(),
    exhibitorId,
    purpose,
    contentType,
    sizeBytes: sizeOf(assetPath),
    storageKey: `assets:${assetPath}`,
    originalName: path.basename(assetPath),
    language,
  };
}

export function standContentRows(fair: DemoFair) {
  const files: FileRow[] = [];
  const products: (typeof t.products.$inferInsert)[] = [];
  const materials: (typeof t.materials.$inferInsert)[] = [];
  for (const stand of fair.standContent) {
    const { exhibitorId } = stand;
    products.push(...productRows(exhibitorId, stand.products));
    stand.materials.forEach((material, position) => {
      const title = { titleRu: material.title.ru, titleEn: material.title.en };
      if (material.kind === 'link') {
        materials.push({ exhibitorId, kind: 'link', ...title, url: material.url, position });
        return;
      }
      const file = assetFile(exhibitorId, 'material', material.path, material.contentType);
      files.push(file);
      materials.push({ exhibitorId, kind: material.kind, ...title, fileId: file.id, position });
    });
    if (stand.video) {
      for (const source of stand.video.sources)
        files.push(assetFile(exhibitorId, 'video', source.path, source.type));
      files.push(assetFile(exhibitorId, 'poster', stand.video.posterPath, 'image/jpeg'));
      for (const track of stand.video.captions) {
        files.push(assetFile(exhibitorId, 'captions', track.path, 'text/vtt', track.language));
      }
    }
  }
  return { files, products, materials };
}

export async function accountRows(fair: DemoFair): Promise<{
  users: (typeof t.users.$inferInsert)[];
  eventStaff: (typeof t.eventStaff.$inferInsert)[];
}> {
  // One hash for the one documented demo password: hashing it per account would only add seconds.
  const passwordHash = await hashPassword(DEMO_ACCOUNT_PASSWORD);
  const people = fair.accounts.map((account) => ({ id: randomUUID(), account }));
  const users = people.map(({ id, account: { assignedEvents: _events, ...account } }) => ({
    id,
    ...account,
    passwordHash,
  }));
  const eventStaff = people.flatMap(({ id, account }) =>
    account.assignedEvents.map(({ eventId, role }) => ({ eventId, role, userId: id })),
  );
  return { users, eventStaff };
}
