// Indici extract file names: `<PerOrgID>_<PracticeID>_<ExtractType>_<DateFrom>_<DateTo>_<DateExtracted>[.csv]`,
// and the same parts run together without underscores (PerOrgID/PracticeID widths then come from config).
import { dayExists } from '../../kit/singer/pg-binary.js';

export interface ExtractFileName {
  perOrgId: string;
  practiceId: string;
  token: string;
  /** YYYYMMDDHHMM */
  dateFrom: string;
  /** YYYYMMDDHHMM */
  dateTo: string;
  /** YYMMDDHHMM: identifies one batch across all extract types */
  dateExtracted: string;
  form: 'underscored' | 'run-together';
}

export class FileNameError extends Error {
  override name = 'FileNameError';
}

const UNDERSCORED = /^(\d+)_(\d+)_([A-Za-z]+)_(\d{12})_(\d{12})_(\d{10})$/;
const RUN_TOGETHER = /^(\d+)([A-Za-z]+)(\d{12})(\d{12})(\d{10})$/;

/** Parse the base name of an S3 key; throws FileNameError naming the key and what is wrong. */
export function parseFileName(key: string, widths: { perOrg: number; practice: number } = { perOrg: 6, practice: 3 }): ExtractFileName {
  const base = key.slice(key.lastIndexOf('/') + 1).replace(/\.csv$/i, '');
  let out: ExtractFileName;
  const u = UNDERSCORED.exec(base);
  if (u) {
    out = { perOrgId: u[1]!, practiceId: u[2]!, token: u[3]!, dateFrom: u[4]!, dateTo: u[5]!, dateExtracted: u[6]!, form: 'underscored' };
  } else {
    const r = RUN_TOGETHER.exec(base);
    if (!r)
      throw new FileNameError(
        `${key}: not an Indici extract name (<PerOrgID>_<PracticeID>_<ExtractType>_<DateFrom>_<DateTo>_<DateExtracted>)`,
      );
    const ids = r[1]!;
    if (ids.length !== widths.perOrg + widths.practice)
      throw new FileNameError(
        `${key}: run-together name has ${ids.length} leading digits, expected ${widths.perOrg}+${widths.practice} (PerOrgID+PracticeID)`,
      );
    out = {
      perOrgId: ids.slice(0, widths.perOrg),
      practiceId: ids.slice(widths.perOrg),
      token: r[2]!,
      dateFrom: r[3]!,
      dateTo: r[4]!,
      dateExtracted: r[5]!,
      form: 'run-together',
    };
  }
  for (const [what, said, v] of [
    ['DateFrom', out.dateFrom, out.dateFrom],
    ['DateTo', out.dateTo, out.dateTo],
    ['DateExtracted', out.dateExtracted, `20${out.dateExtracted}`],
  ] as const) {
    const h = Number(v.slice(8, 10));
    const mi = Number(v.slice(10, 12));
    // a day the calendar lacks (31 February, 29 February of a common year) is as wrong as month 13
    if (!dayExists(Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6, 8))) || h > 23 || mi > 59)
      throw new FileNameError(`${key}: ${what} ${said} is not a valid date-time`);
  }
  // the supplier's loader refuses a set extracted before the end of its own window
  if (`20${out.dateExtracted}` < out.dateTo)
    throw new FileNameError(`${key}: DateExtracted ${out.dateExtracted} is earlier than DateTo ${out.dateTo}`);
  return out;
}
