-- When a load run last committed. A run's status now commits with its last rows; a run a crash left 'running'
-- between two commits is closed by the next target start as failed, finished at this time, with the totals it
-- committed (each commit records them). Each stream's commits are counted in load_runs.streams (`commits`): the
-- build marker and `medi-warehouse health` compare their sum with the last build's to tell whether core is behind raw.
ALTER TABLE etl.load_runs ADD COLUMN IF NOT EXISTS committed_at timestamptz;
