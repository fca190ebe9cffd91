import { PGlite } from '@electric-sql/pglite';
let t=Date.now(); const a = new PGlite(); await a.waitReady; console.log('first', Date.now()-t);
t=Date.now(); const b = new PGlite(); await b.waitReady; console.log('second', Date.now()-t);
console.log('clone?', typeof b.clone);
if (b.clone) { await b.exec('create table x(a int)'); t=Date.now(); const c = await b.clone(); console.log('clone', Date.now()-t); console.log((await c.query('select count(*) from x')).rows); }
