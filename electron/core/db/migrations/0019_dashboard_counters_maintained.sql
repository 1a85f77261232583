-- The dashboard's counters (dashboard_counters) follow every change in the change's own transaction:
-- each table that a figure counts adds its row's contribution on insert, takes it back on delete,
-- and on an update of a column the figure depends on takes the old row's back and adds the new one's.
-- The same definitions recount the figures from the rows in electron/core/services/dashboard/store.ts.
CREATE TRIGGER `dashboard_trainees_insert` AFTER INSERT ON `trainees` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'trainees', '', 0, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'trainees.registered', '', CAST(strftime('%Y', new.created_at, 'localtime') AS INTEGER), 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_trainees_update` AFTER UPDATE OF deleted_at, created_at ON `trainees` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'trainees', '', 0, -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'trainees.registered', '', CAST(strftime('%Y', old.created_at, 'localtime') AS INTEGER), -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'trainees', '', 0, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'trainees.registered', '', CAST(strftime('%Y', new.created_at, 'localtime') AS INTEGER), 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_trainees_delete` AFTER DELETE ON `trainees` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'trainees', '', 0, -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'trainees.registered', '', CAST(strftime('%Y', old.created_at, 'localtime') AS INTEGER), -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_enterprises_insert` AFTER INSERT ON `enterprises` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'enterprises', '', 0, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_enterprises_update` AFTER UPDATE OF deleted_at ON `enterprises` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'enterprises', '', 0, -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'enterprises', '', 0, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_enterprises_delete` AFTER DELETE ON `enterprises` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'enterprises', '', 0, -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_job_types_insert` AFTER INSERT ON `job_types` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'jobTypes.active', '', 0, 1 WHERE new.deleted_at IS NULL AND new.retired_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_job_types_update` AFTER UPDATE OF deleted_at, retired_at ON `job_types` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'jobTypes.active', '', 0, -1 WHERE old.deleted_at IS NULL AND old.retired_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'jobTypes.active', '', 0, 1 WHERE new.deleted_at IS NULL AND new.retired_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_job_types_delete` AFTER DELETE ON `job_types` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'jobTypes.active', '', 0, -1 WHERE old.deleted_at IS NULL AND old.retired_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_cohorts_insert` AFTER INSERT ON `cohorts` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'cohorts', new.stage, 0, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_cohorts_update` AFTER UPDATE OF stage, deleted_at ON `cohorts` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'cohorts', old.stage, 0, -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'cohorts', new.stage, 0, 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_cohorts_delete` AFTER DELETE ON `cohorts` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'cohorts', old.stage, 0, -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_enrollments_insert` AFTER INSERT ON `enrollments` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'results', new.result, CAST(strftime('%Y', new.result_published_at, 'localtime') AS INTEGER), 1 WHERE new.deleted_at IS NULL AND new.result IS NOT NULL AND new.result_published_at IS NOT NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_enrollments_update` AFTER UPDATE OF result, result_published_at, deleted_at ON `enrollments` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'results', old.result, CAST(strftime('%Y', old.result_published_at, 'localtime') AS INTEGER), -1 WHERE old.deleted_at IS NULL AND old.result IS NOT NULL AND old.result_published_at IS NOT NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'results', new.result, CAST(strftime('%Y', new.result_published_at, 'localtime') AS INTEGER), 1 WHERE new.deleted_at IS NULL AND new.result IS NOT NULL AND new.result_published_at IS NOT NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_enrollments_delete` AFTER DELETE ON `enrollments` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'results', old.result, CAST(strftime('%Y', old.result_published_at, 'localtime') AS INTEGER), -1 WHERE old.deleted_at IS NULL AND old.result IS NOT NULL AND old.result_published_at IS NOT NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_trainee_grades_insert` AFTER INSERT ON `trainee_grades` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'grades', new.source, CAST(substr(new.obtained_on, 1, 4) AS INTEGER), 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_trainee_grades_update` AFTER UPDATE OF source, obtained_on, deleted_at ON `trainee_grades` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'grades', old.source, CAST(substr(old.obtained_on, 1, 4) AS INTEGER), -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'grades', new.source, CAST(substr(new.obtained_on, 1, 4) AS INTEGER), 1 WHERE new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_trainee_grades_delete` AFTER DELETE ON `trainee_grades` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'grades', old.source, CAST(substr(old.obtained_on, 1, 4) AS INTEGER), -1 WHERE old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_certificates_insert` AFTER INSERT ON `certificates` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'certificates', '', CAST(substr(new.issued_on, 1, 4) AS INTEGER), 1 WHERE new.status = 'issued' AND new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_certificates_update` AFTER UPDATE OF status, issued_on, deleted_at ON `certificates` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'certificates', '', CAST(substr(old.issued_on, 1, 4) AS INTEGER), -1 WHERE old.status = 'issued' AND old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'certificates', '', CAST(substr(new.issued_on, 1, 4) AS INTEGER), 1 WHERE new.status = 'issued' AND new.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
CREATE TRIGGER `dashboard_certificates_delete` AFTER DELETE ON `certificates` BEGIN
  INSERT INTO dashboard_counters (figure, part, year, value) SELECT 'certificates', '', CAST(substr(old.issued_on, 1, 4) AS INTEGER), -1 WHERE old.status = 'issued' AND old.deleted_at IS NULL
    ON CONFLICT (figure, part, year) DO UPDATE SET value = value + excluded.value;
END;
--> statement-breakpoint
-- What the triggers would have counted so far.
INSERT INTO dashboard_counters (figure, part, year, value)
  SELECT 'trainees', '', 0, count(*) FROM `trainees` WHERE trainees.deleted_at IS NULL GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO dashboard_counters (figure, part, year, value)
  SELECT 'trainees.registered', '', CAST(strftime('%Y', trainees.created_at, 'localtime') AS INTEGER), count(*) FROM `trainees` WHERE trainees.deleted_at IS NULL GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO dashboard_counters (figure, part, year, value)
  SELECT 'enterprises', '', 0, count(*) FROM `enterprises` WHERE enterprises.deleted_at IS NULL GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO dashboard_counters (figure, part, year, value)
  SELECT 'jobTypes.active', '', 0, count(*) FROM `job_types` WHERE job_types.deleted_at IS NULL AND job_types.retired_at IS NULL GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO dashboard_counters (figure, part, year, value)
  SELECT 'cohorts', cohorts.stage, 0, count(*) FROM `cohorts` WHERE cohorts.deleted_at IS NULL GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO dashboard_counters (figure, part, year, value)
  SELECT 'results', enrollments.result, CAST(strftime('%Y', enrollments.result_published_at, 'localtime') AS INTEGER), count(*) FROM `enrollments` WHERE enrollments.deleted_at IS NULL AND enrollments.result IS NOT NULL AND enrollments.result_published_at IS NOT NULL GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO dashboard_counters (figure, part, year, value)
  SELECT 'grades', trainee_grades.source, CAST(substr(trainee_grades.obtained_on, 1, 4) AS INTEGER), count(*) FROM `trainee_grades` WHERE trainee_grades.deleted_at IS NULL GROUP BY 2, 3;
--> statement-breakpoint
INSERT INTO dashboard_counters (figure, part, year, value)
  SELECT 'certificates', '', CAST(substr(certificates.issued_on, 1, 4) AS INTEGER), count(*) FROM `certificates` WHERE certificates.status = 'issued' AND certificates.deleted_at IS NULL GROUP BY 2, 3;
