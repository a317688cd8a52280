-- medi-notify keys failure streaks by stream (`<source>_<name>`, whichever plugin reports it) and a failure that
-- names no stream by the job's extractor (`*:<extractor>`, or `*:<plugin>` when none is named); they were keyed
-- `<plugin>:<stream>` and `<plugin>:*`. Streaks under way keep their count, and those that alerted still send
-- "recovered", under the new keys. (De-duplication windows, `dedup:…`, are left as they are: they expire.)
INSERT INTO app.notify_state (rule, key, value, updated_at)
SELECT rule,
       CASE WHEN substr(key, strpos(key, ':') + 1) = '*' THEN '*:' || left(key, strpos(key, ':') - 1)
            ELSE substr(key, strpos(key, ':') + 1) END,
       value, updated_at
FROM app.notify_state
WHERE key NOT LIKE 'dedup:%' AND key NOT LIKE '*:%' AND strpos(key, ':') > 0 AND value ? 'count'
ON CONFLICT (rule, key) DO NOTHING;
DELETE FROM app.notify_state
WHERE key NOT LIKE 'dedup:%' AND key NOT LIKE '*:%' AND strpos(key, ':') > 0 AND value ? 'count';
