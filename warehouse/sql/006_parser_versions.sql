-- What a new parser version changed: on the documents both versions read, the figures one
-- version found and the other did not ('added' by the new one, 'removed' from the old one).
-- A figure is the same when its series, value, range, qualifier and stated as_of agree.
CREATE MACRO parser_version_changes(for_parser, old_version, new_version) AS TABLE
    WITH read_by_both AS (
        SELECT content_sha256 FROM parses WHERE parser = for_parser AND parser_version = old_version
        INTERSECT
        SELECT content_sha256 FROM parses WHERE parser = for_parser AND parser_version = new_version
    ),
    versions AS (
        SELECT o.parser_version, o.content_sha256, o.series_key, o.metric, o."group", o.location, o.originator,
               o.period, o.value, o.value_max, o.qualifier, o.as_of, o.quote, o.char_start
        FROM observations AS o
        JOIN read_by_both USING (content_sha256)
        WHERE o.parser = for_parser AND o.parser_version IN (old_version, new_version)
    ),
    old AS (SELECT * FROM versions WHERE parser_version = old_version),
    new AS (SELECT * FROM versions WHERE parser_version = new_version)
    SELECT 'removed' AS change, * EXCLUDE (parser_version) FROM old
    WHERE NOT EXISTS (
        SELECT 1 FROM new
        WHERE new.content_sha256 = old.content_sha256 AND new.series_key = old.series_key
          AND new.value = old.value AND new.value_max IS NOT DISTINCT FROM old.value_max
          AND new.qualifier = old.qualifier AND new.as_of IS NOT DISTINCT FROM old.as_of)
    UNION ALL
    SELECT 'added' AS change, * EXCLUDE (parser_version) FROM new
    WHERE NOT EXISTS (
        SELECT 1 FROM old
        WHERE old.content_sha256 = new.content_sha256 AND old.series_key = new.series_key
          AND old.value = new.value AND old.value_max IS NOT DISTINCT FROM new.value_max
          AND old.qualifier = new.qualifier AND old.as_of IS NOT DISTINCT FROM new.as_of);
