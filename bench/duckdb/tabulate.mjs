// make bench: DuckDB's count of the same CSV by jaar, regio, vorm on 2 threads (read_csv and
// GROUP BY), as an analyst would write it. Usage: node tabulate.mjs FILE
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2].replaceAll("'", "''");
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const con = await db.connect();
const r = await con.runAndReadAll(
  `SELECT jaar, regio, vorm, count(*) AS n FROM read_csv('${file}', delim = ';', ` +
  `decimal_separator = ',', header = true) GROUP BY ALL`);
console.log(r.getRows().length);
