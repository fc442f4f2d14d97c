import { describe, expect, it } from 'vitest';
import { leadsCsvFileName } from './leadsCsv.ts';

const day = new Date(2027, 3, 26, 23, 30);

describe('leadsCsvFileName', () => {
  it("adds the local day to the api's file name", () => {
    expect(leadsCsvFileName('attachment; filename="leads-e001.csv"', 'e001', day)).toBe(
      'leads-e001-2027-04-26.csv',
    );
  });

  it('names the file after the stand when the header is missing', () => {
    expect(leadsCsvFileName(null, 'e002', new Date(2027, 0, 5))).toBe('leads-e002-2027-01-05.csv');
  });

  it('ignores a header name with folders or odd characters', () => {
    expect(leadsCsvFileName('attachment; filename="../../etc/passwd.csv"', 'e001', day)).toBe(
      'leads-e001-2027-04-26.csv',
    );
    expect(leadsCsvFileName('attachment; filename="report.exe"', 'e001', day)).toBe(
      'leads-e001-2027-04-26.csv',
    );
  });

  it('accepts a name without quotes', () => {
    expect(leadsCsvFileName('attachment; filename=leads-e003.csv', 'e003', day)).toBe(
      'leads-e003-2027-04-26.csv',
    );
  });

  it('keeps only safe characters of the stand id in the fallback', () => {
    expect(leadsCsvFileName('', 'e0/01', day)).toBe('leads-e001-2027-04-26.csv');
  });
});
