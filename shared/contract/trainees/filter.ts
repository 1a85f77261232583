import { z } from 'zod';

/** What narrows the trainee list; the export and the photo export take the same filter. */
export const traineeFilter = z
  .object({
    /** Name, pinyin (zhangsan) or initials (zs), ID or phone fragment, or enterprise name. */
    search: z.string().max(40).default(''),
    enterpriseId: z.string().default(''),
    district: z.string().default(''),
    education: z.string().default(''),
    /** Holds any grade in this job type (trainee_grades). */
    jobTypeId: z.string().default(''),
    /** Holds this grade (5 … 1), in the job type when one is chosen. */
    grade: z.number().int().min(1).max(5).nullable().default(null),
  })
  .strict();
export type TraineeFilter = z.output<typeof traineeFilter>;

export const emptyFilter: TraineeFilter = {
  search: '',
  enterpriseId: '',
  district: '',
  education: '',
  jobTypeId: '',
  grade: null,
};
