// Message templates, English and Arabic, one per kind of notice. `{{name}}` is replaced by the notice's
// value; a line left blank by an empty value is dropped. In Arabic text every identifier, number list or
// path is wrapped in Unicode isolates (LRI … PDI) by the rule that builds the values, so a load run id or a
// table name keeps its left-to-right order inside a right-to-left paragraph and the Arabic around it is
// never reordered (the text itself is stored and sent as written, UTF-8, never transliterated).
export type TemplateId = 'summary' | 'consecutive_failures' | 'recovered' | 'quarantine_rate' | 'quality_alert';

export interface Template {
  subject_en: string;
  subject_ar: string;
  body_en: string;
  body_ar: string;
}

export const TEMPLATES: Record<TemplateId, Template> = {
  summary: {
    subject_en: '[Medi ELT] {{plugin}} sync {{status_en}}: {{ingested}} ingested, {{rejected}} rejected, {{anomalies}} anomalies',
    subject_ar: '[Medi ELT] {{status_ar}} مزامنة {{plugin_ar}}: {{ingested}} مُدخلة، {{rejected}} مرفوضة، {{anomalies}} حالات شاذة',
    body_en: [
      '{{plugin}} sync {{status_en}}. {{run_en}}',
      'Ingested {{ingested}}, rejected {{rejected}}, anomalies {{anomalies}}.',
      '{{streams_en}}',
      '{{error_en}}',
      '{{repeats_en}}',
      'trace: {{trace}}',
    ].join('\n'),
    body_ar: [
      '{{status_ar}} مزامنة {{plugin_ar}}. {{run_ar}}',
      'السجلات المُدخلة {{ingested}}، المرفوضة {{rejected}}، الحالات الشاذة {{anomalies}}.',
      '{{streams_ar}}',
      '{{error_ar}}',
      '{{repeats_ar}}',
      'للتتبع: {{trace_ar}}',
    ].join('\n'),
  },
  consecutive_failures: {
    subject_en: '[Medi ELT] FAILING: {{streams_list}} failed {{count}} times in a row',
    subject_ar: '[Medi ELT] عطل متكرر: فشلت مزامنة {{streams_list_ar}} {{count}} مرات متتالية',
    body_en: [
      '{{streams_list}}{{of_plugin}} failed {{count}} times in a row. {{latest_run_en}}',
      '{{error_en}}',
      'Nothing more is sent about this until it succeeds again.',
      '{{repeats_en}}',
      'trace: {{trace}}',
    ].join('\n'),
    body_ar: [
      'فشلت مزامنة {{streams_list_ar}}{{of_plugin_ar}} {{count}} مرات متتالية. {{latest_run_ar}}',
      '{{error_ar}}',
      'لن تُرسل رسائل أخرى بهذا الشأن حتى تنجح المزامنة من جديد.',
      '{{repeats_ar}}',
      'للتتبع: {{trace_ar}}',
    ].join('\n'),
  },
  recovered: {
    subject_en: '[Medi ELT] Recovered: {{streams_list}} synced again',
    subject_ar: '[Medi ELT] عادت مزامنة {{streams_list_ar}} إلى العمل',
    body_en: '{{streams_list}}{{of_plugin}} synced successfully after {{count}} failures in a row. {{run_en}}\ntrace: {{trace}}',
    body_ar: 'نجحت مزامنة {{streams_list_ar}}{{of_plugin_ar}} بعد {{count}} إخفاقات متتالية. {{run_ar}}\n' + 'للتتبع: {{trace_ar}}',
  },
  quarantine_rate: {
    subject_en: '[Medi ELT] Quarantine over {{threshold}}: {{streams_list}}',
    subject_ar: '[Medi ELT] معدل العزل تجاوز {{threshold}}: {{streams_list_ar}}',
    body_en: [
      'Rejected rows passed {{threshold}} of rows read in load run {{load_run_id}} ({{plugin}}):',
      '{{streams_en}}',
      'The rows are in the staging rejects tables with their reasons (field_errors).',
      '{{repeats_en}}',
      'trace: {{trace}}',
    ].join('\n'),
    body_ar: [
      'تجاوزت السجلات المرفوضة {{threshold}} من السجلات المقروءة في عملية التحميل {{load_run_id_ar}} ({{plugin_ar}}):',
      '{{streams_ar}}',
      'السجلات محفوظة في جداول الرفض مع أسباب الرفض (field_errors).',
      '{{repeats_ar}}',
      'للتتبع: {{trace_ar}}',
    ].join('\n'),
  },
  quality_alert: {
    subject_en: '[Medi ELT] Data quality: {{count}} check(s) failed in load run {{load_run_short}}',
    subject_ar: '[Medi ELT] جودة البيانات: فشل {{count}} من الفحوص في عملية التحميل {{load_run_short_ar}}',
    body_en: [
      '{{count}} data-quality check(s) failed in load run {{load_run_id}}:',
      '{{checks_en}}',
      '{{repeats_en}}',
      'trace: {{trace}}',
    ].join('\n'),
    body_ar: [
      'فشل {{count}} من فحوص جودة البيانات في عملية التحميل {{load_run_id_ar}}:',
      '{{checks_ar}}',
      '{{repeats_ar}}',
      'للتتبع: {{trace_ar}}',
    ].join('\n'),
  },
};

/** Left-to-right isolate: an identifier or number kept in its order inside Arabic text. */
export const ltr = (s: string | number): string => `\u2066${s}\u2069`;

export interface Rendered {
  subject_en: string;
  subject_ar: string;
  body_en: string;
  body_ar: string;
}

export function renderText(template: string, values: Record<string, string | number>): string {
  return template
    .split('\n')
    .flatMap((line) => {
      const out = line.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
      return line.includes('{{') && out.trim() === '' ? [] : [out];
    })
    .join('\n');
}

export function render(id: TemplateId, values: Record<string, string | number>): Rendered {
  const t = TEMPLATES[id];
  return {
    subject_en: renderText(t.subject_en, values),
    subject_ar: renderText(t.subject_ar, values),
    body_en: renderText(t.body_en, values),
    body_ar: renderText(t.body_ar, values),
  };
}
