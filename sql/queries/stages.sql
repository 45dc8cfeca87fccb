-- Named queries for the stage graph (pipeline_stages, the database's copy of flow.STAGES).

-- name: pipeline_stages_list
SELECT position, stage, job_type, status_column, overall_status_after
  FROM public.pipeline_stages
 ORDER BY position
