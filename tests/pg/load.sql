-- The example monitor's records and counts as PostgreSQL tables, with the types a database
-- would give them, loaded in the files' row order by tests/pg/server.sh load.
CREATE TABLE victims (jaar integer, regio text, vorm text, minderjarig smallint,
                      geslacht text, nationaliteit text, melder text, leeftijd integer,
                      flag text);
CREATE TABLE cases (jaar integer, regio text, vorm text, fase text);
CREATE TABLE municipalities (jaar integer, gemeente text, regio text, beleid smallint);
CREATE TABLE reports (jaar integer, regio text, bron text, aantal integer);
CREATE TABLE investigations (jaar integer, instantie text, vorm text, aantal integer);
