import { TABLES } from '../../core/src/schema/index.js';
const q = (s: string) => `'${s.replace(/'/g, "\\'")}'`;
const arr = (xs: readonly string[]) => `[${xs.map(q).join(', ')}]`;
const typeExpr: Record<string, string> = {
  text: "'text'", enum: "'text'", integer: 'type.integer', real: 'type.real', boolean: 'type.boolean',
  instant: 'type.instant', date: 'type.date', json: 'type.json',
};
let out = '';
for (const t of TABLES) {
  out += `\n  await db.schema\n    .createTable(${q(t.name)})\n`;
  for (const c of t.columns) {
    out += `    .addColumn(${q(c.name)}, ${typeExpr[c.kind]}${c.nullable ? '' : ', (column) => column.notNull()'})\n`;
  }
  out += `    .addPrimaryKeyConstraint(${q('pk_' + t.name)}, ${arr(t.primaryKey)})\n`;
  for (const fk of t.foreignKeys) {
    const one = `    .addForeignKeyConstraint(${q(fk.name)}, ${arr(fk.columns)}, ${q(fk.references.table)}, ${arr(fk.references.columns)}, (fk) => fk.onDelete(${q(fk.onDelete)}))`;
    out += one.length <= 120 ? one + '\n' : `    .addForeignKeyConstraint(\n      ${q(fk.name)},\n      ${arr(fk.columns)},\n      ${q(fk.references.table)},\n      ${arr(fk.references.columns)},\n      (fk) => fk.onDelete(${q(fk.onDelete)}),\n    )\n`;
  }
  for (const uq of t.uniqueKeys) out += `    .addUniqueConstraint(${q(uq.name)}, ${arr(uq.columns)})\n`;
  for (const c of t.columns) {
    if (c.kind === 'enum') {
      const one = `    .addCheckConstraint(${q(`ck_${t.name}_${c.name}`)}, oneOf(${q(c.name)}, ${arr(c.enumValues!)}))`;
      if (one.length <= 120) out += one + '\n';
      else {
        out += `    .addCheckConstraint(\n      ${q(`ck_${t.name}_${c.name}`)},\n      oneOf(${q(c.name)}, [\n`;
        let line = '       ';
        for (const v of c.enumValues!) {
          const piece = ` ${q(v)},`;
          if (line.length + piece.length > 118) { out += line + '\n'; line = '       '; }
          line += piece;
        }
        out += line + '\n      ]),\n    )\n';
      }
    }
    if (c.kind === 'boolean') out += `    .$call(booleanCheck(db, ${q(`ck_${t.name}_${c.name}`)}, ${q(c.name)}))\n`;
  }
  out += `    .$call(strictOnSqlite(db))\n    .execute();\n`;
  for (const ix of t.indexes) {
    const one = `  await db.schema.createIndex(${q(ix.name)}).on(${q(t.name)}).columns(${arr(ix.columns)}).execute();`;
    out += one.length <= 120 ? one + '\n' : `  await db.schema\n    .createIndex(${q(ix.name)})\n    .on(${q(t.name)})\n    .columns(${arr(ix.columns)})\n    .execute();\n`;
  }
}
let down = '';
for (const t of [...TABLES].reverse()) down += `  await db.schema.dropTable(${q(t.name)}).execute();\n`;
console.log(out);
console.log('-----DOWN');
console.log(down);
