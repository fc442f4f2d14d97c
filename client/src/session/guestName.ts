/**
 * The name a new guest gets, in the interface's language ("Гость 1234", "Guest 1234"): the api
 * would otherwise pick a Russian one for everybody.
 */
import i18next from 'i18next';

export function defaultGuestName(random: () => number = Math.random): string {
  const number = String(Math.floor(1000 + random() * 9000));
  return i18next.t('account.guestName', { number });
}
