import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

const handles = new WeakMap<D1Database, ReturnType<typeof open>>();

const open = (d1: D1Database) => drizzle(d1, { schema });

/** The drizzle handle on a D1 binding, made once per binding: making one walks the whole schema (measurably, per vote). */
export function database(d1: D1Database) {
  let db = handles.get(d1);
  if (!db) handles.set(d1, (db = open(d1)));
  return db;
}
export type Database = ReturnType<typeof database>;
