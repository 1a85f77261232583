import { sql } from 'drizzle-orm';
import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { certificateKinds } from '@shared/domain/certificates/template';
import { recordColumns } from './columns';
import { cohorts, enrollments } from './cohorts';
import { trainees } from './trainees';

/** Numbering rules and the verification key of this base. One row, created on first use. */
export const certificateSettings = sqliteTable('certificate_settings', {
  ...recordColumns,
  /** Short code of the base in certificate numbers ({base}). */
  baseCode: text('base_code').notNull().default(''),
  completionPattern: text('completion_pattern').notNull(),
  skillPattern: text('skill_pattern').notNull(),
  /** HMAC-SHA256 key (hex), generated on first use; never leaves the database. */
  hmacKey: text('hmac_key').notNull(),
  sealImageId: text('seal_image_id'),
});

/** One counter per number prefix; bumped in the transaction that issues, so a rollback frees nothing twice. */
export const certificateSequences = sqliteTable('certificate_sequences', {
  scope: text('scope').primaryKey(),
  lastValue: integer('last_value').notNull(),
});

export const certificateTemplates = sqliteTable(
  'certificate_templates',
  {
    ...recordColumns,
    name: text('name').notNull(),
    kind: text('kind', { enum: certificateKinds }).notNull(),
    /** JSON TemplateLayout: page size and fields in millimetres. */
    layout: text('layout').notNull(),
  },
  (table) => [index('certificate_templates_kind').on(table.kind, table.deletedAt)],
);

/** Photos and seals frozen into certificates, stored once by content hash (the id is the SHA-256). */
export const certificateImages = sqliteTable('certificate_images', {
  id: text('id').primaryKey(),
  mimeType: text('mime_type', { enum: ['image/jpeg', 'image/png'] }).notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * An issued certificate. Everything printed is frozen here at issue (values, the template's layout,
 * the photo and seal by hash), so later edits of the trainee or the template never change it.
 */
export const certificates = sqliteTable(
  'certificates',
  {
    ...recordColumns,
    number: text('number').notNull(),
    kind: text('kind', { enum: certificateKinds }).notNull(),
    traineeId: text('trainee_id')
      .notNull()
      .references(() => trainees.id),
    enrollmentId: text('enrollment_id').references(() => enrollments.id),
    cohortId: text('cohort_id').references(() => cohorts.id),
    templateId: text('template_id').references(() => certificateTemplates.id),
    /** JSON TemplateLayout as it was at issue. */
    layout: text('layout').notNull(),
    /** JSON CertificateValues as printed. */
    printedValues: text('printed_values').notNull(),
    verifyCode: text('verify_code').notNull(),
    photoImageId: text('photo_image_id'),
    sealImageId: text('seal_image_id'),
    issuedOn: text('issued_on').notNull(),
    /** allocated from the pattern · imported from the appraisal agency's workbook. */
    numberSource: text('number_source', { enum: ['allocated', 'imported'] }).notNull(),
    status: text('status', { enum: ['issued', 'voided'] }).notNull(),
    voidedAt: text('voided_at'),
    voidReason: text('void_reason'),
    /** The certificate this one reissues (the old one is voided in the same transaction). */
    replacesId: text('replaces_id'),
    printCount: integer('print_count').notNull().default(0),
  },
  (table) => [
    uniqueIndex('certificates_number').on(table.number),
    uniqueIndex('certificates_live_enrollment')
      .on(table.enrollmentId, table.kind)
      .where(sql`status = 'issued' AND enrollment_id IS NOT NULL`),
    index('certificates_trainee').on(table.traineeId, table.createdAt),
    index('certificates_cohort').on(table.cohortId, table.kind, table.status),
    // The dashboard's certificates issued this year.
    index('certificates_issued').on(table.issuedOn, table.status, table.deletedAt),
  ],
);

/** What happened to a certificate: issued, printed, reprinted, voided, reissued, imported. */
export const certificateEvents = sqliteTable(
  'certificate_events',
  {
    ...recordColumns,
    certificateId: text('certificate_id')
      .notNull()
      .references(() => certificates.id),
    action: text('action', { enum: ['issue', 'import', 'print', 'reprint', 'void', 'reissue'] }).notNull(),
    reason: text('reason').notNull().default(''),
    printerName: text('printer_name').notNull().default(''),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
  },
  (table) => [index('certificate_events_certificate').on(table.certificateId, table.createdAt)],
);

/** Per-printer correction for pre-printed stock, by the printer's name as the system reports it. */
export const printerCalibrations = sqliteTable(
  'printer_calibrations',
  {
    ...recordColumns,
    printerName: text('printer_name').notNull(),
    offsetX: real('offset_x').notNull(),
    offsetY: real('offset_y').notNull(),
    scale: real('scale').notNull(),
  },
  (table) => [uniqueIndex('printer_calibrations_name').on(table.printerName)],
);
