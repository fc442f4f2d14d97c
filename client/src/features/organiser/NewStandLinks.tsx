/**
 * The new exhibitor's links (course pages, a price list): rows with a title in both languages
 * and an http(s) address, added and removed, that become the stand's link materials. Field ids
 * follow the error paths (`links.0.url` → `${idPrefix}-0-url`) so the form can focus the first
 * refused field; focus moves to the next row after a removal and to a new row's first field.
 */
import { LINK_URL_MAX, NEW_STAND_LINKS_MAX } from '@salon/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../dashboard/fieldErrors.ts';
import { LocalizedFields } from '../dashboard/LocalizedFields.tsx';
import { emptyLink, type LinkDraft } from './exhibitorDraft.ts';
import { useFocusAfterRender } from './useFocusAfterRender.ts';

interface NewStandLinksProps {
  /** The id prefix of the links' fields, as the form names the path `links`. */
  idPrefix: string;
  value: readonly LinkDraft[];
  errors: FieldErrors;
  onChange: (links: LinkDraft[]) => void;
}

export function NewStandLinks({ idPrefix, value, errors, onChange }: NewStandLinksProps) {
  const { t } = useTranslation();
  const nextKey = useRef(0);
  const focusAfterRender = useFocusAfterRender();
  const full = value.length >= NEW_STAND_LINKS_MAX;
  const addId = `${idPrefix}-add`;
  const hintId = `${idPrefix}-hint`;

  function change(next: LinkDraft[], focus: readonly string[] = []) {
    focusAfterRender(focus);
    onChange(next);
  }

  function edit(key: string, update: (link: LinkDraft) => LinkDraft) {
    change(value.map((link) => (link.key === key ? update(link) : link)));
  }

  return (
    <fieldset>
      <legend>{t('organiser.create.links')}</legend>
      <p className="muted" id={hintId}>
        {t('organiser.create.linksHint', { max: NEW_STAND_LINKS_MAX })}
      </p>
      {value.length > 0 && (
        <ol className="link-list">
          {value.map((link, index) => {
            const number = index + 1;
            const rowId = `${idPrefix}-${String(index)}`;
            const urlId = `${rowId}-url`;
            const urlError = errors[`links.${String(index)}.url`];
            const name =
              link.title.ru.trim() ||
              link.title.en.trim() ||
              t('organiser.create.linkNumbered', { number });
            return (
              <li className="link-editor" key={link.key}>
                <fieldset>
                  <legend>{t('organiser.create.linkNumbered', { number })}</legend>
                  <LocalizedFields
                    legend={t('organiser.create.linkTitleLegend')}
                    fieldLabel={t('organiser.create.linkTitle', { number })}
                    idPrefix={`${rowId}-title`}
                    value={link.title}
                    maxLength={200}
                    onChange={(title) => edit(link.key, (current) => ({ ...current, title }))}
                    errors={{
                      ru: errors[`links.${String(index)}.title.ru`],
                      en: errors[`links.${String(index)}.title.en`],
                    }}
                  />
                  <div className="field">
                    <label htmlFor={urlId}>{t('organiser.create.linkUrl', { number })}</label>
                    <input
                      id={urlId}
                      type="url"
                      inputMode="url"
                      placeholder="https://"
                      maxLength={LINK_URL_MAX}
                      value={link.url}
                      aria-invalid={urlError ? true : undefined}
                      aria-describedby={urlError ? `${urlId}-error` : undefined}
                      onChange={(event) => {
                        const url = event.target.value;
                        edit(link.key, (current) => ({ ...current, url }));
                      }}
                    />
                    {urlError && (
                      <p className="field-error" id={`${urlId}-error`}>
                        {urlError}
                      </p>
                    )}
                  </div>
                  <div className="form-actions">
                    <button
                      id={`${rowId}-remove`}
                      type="button"
                      className="danger"
                      aria-label={t('organiser.create.removeLinkNamed', { name })}
                      onClick={() => {
                        // The next row takes this one's index, and so its remove button's id.
                        const hasNext = index + 1 < value.length;
                        const previous = `${idPrefix}-${String(index - 1)}-remove`;
                        change(
                          value.filter((item) => item.key !== link.key),
                          [hasNext ? `${rowId}-remove` : previous, addId],
                        );
                      }}
                    >
                      {t('organiser.create.removeLink')}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      {errors['links'] && <p className="field-error">{errors['links']}</p>}
      {full && (
        <p className="muted">{t('organiser.create.linksFull', { max: NEW_STAND_LINKS_MAX })}</p>
      )}
      <button
        id={addId}
        type="button"
        disabled={full}
        aria-describedby={hintId}
        onClick={() => {
          nextKey.current += 1;
          change(
            [...value, emptyLink(`new-${String(nextKey.current)}`)],
            [`${idPrefix}-${String(value.length)}-title-ru`],
          );
        }}
      >
        {t('organiser.create.addLink')}
      </button>
    </fieldset>
  );
}
