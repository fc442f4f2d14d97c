/**
 * Uploads a PDF or an image to the stand's materials. The titles are asked first because the
 * api reads them before the file; the upload waits until both are filled in.
 */
import type { Material } from '@salon/shared';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadMaterialFile } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { LocalizedFields } from '../LocalizedFields.tsx';
import { UploadField } from '../UploadField.tsx';
import type { SendFile } from '../useUpload.ts';

export function UploadMaterialForm({
  exhibitorId,
  onAdded,
}: {
  exhibitorId: string;
  onAdded: (material: Material) => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState({ ru: '', en: '' });
  const send = useCallback<SendFile>(
    async (file, attempt) => {
      const clean = { ru: title.ru.trim(), en: title.en.trim() };
      const material = await withSession((token) =>
        uploadMaterialFile(exhibitorId, clean, file, token, attempt),
      );
      onAdded(material);
      setTitle({ ru: '', en: '' });
    },
    [exhibitorId, onAdded, title],
  );
  const missingTitle = title.ru.trim() === '' || title.en.trim() === '';
  return (
    <div className="dashboard-form compact">
      <h3>{t('dashboard.materials.uploadFile')}</h3>
      <LocalizedFields
        legend={t('dashboard.materials.fileTitle')}
        idPrefix="file-title"
        value={title}
        maxLength={200}
        onChange={setTitle}
      />
      <UploadField
        purpose="material"
        label={t('dashboard.materials.file')}
        action={t('dashboard.materials.uploadButton')}
        send={send}
        blockedReason={missingTitle ? t('dashboard.materials.titleFirst') : undefined}
      />
    </div>
  );
}
