/** File sizes as people read them, in the interface language: "1.5 MB", "1,5 МБ". */
const KB = 1024;
const MB = 1024 * KB;

export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= MB
      ? [bytes / MB, 'megabyte']
      : bytes >= KB
        ? [bytes / KB, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    // "12 bytes", not the short form's "12 byte".
    unitDisplay: unit === 'byte' ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0,
  }).format(value);
}
