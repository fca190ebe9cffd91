import { TABLES } from '../../core/src/schema/index.js';
for (const t of TABLES) {
  console.log(`\n## ${t.name} pk=${t.primaryKey} user=${t.userScoped}`);
  for (const c of t.columns) console.log(`  ${c.name} ${c.kind}${c.nullable ? '?' : ''}${c.enumValues ? ' [' + c.enumValues.join(',') + ']' : ''}${c.openCategorical ? ' OPEN' : ''}`);
}
