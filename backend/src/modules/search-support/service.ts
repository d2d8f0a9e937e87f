import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { withinTypoBudget } from "../../lib/search/typo-budget"
import { SearchWord } from "./models/search-word"

/** Words shorter than this are left alone: "di", "ke" and sizes are too short to guess. */
const MIN_CORRECTABLE_LENGTH = 3
/** pg_trgm's default 0.3 misses transposed letters in short words ("gual" -> "gula" is 0.25). */
const SIMILARITY_THRESHOLD = "0.2"
/** Trigram neighbours read per word; the typo budget then picks among them. */
const SHORTLIST_SIZE = 8
const TABLE_NAME = /^[a-z0-9_]+$/

type Row = Record<string, unknown>

export default class SearchSupportModuleService extends MedusaService({ SearchWord }) {
  /** The table of the PostgreSQL provider that serves the index's reads now, if that provider serves it. */
  @InjectManager()
  async activePostgresTable(indexName: string, @MedusaContext() context: Context<EntityManager> = {}): Promise<string | undefined> {
    const rows: Row[] = await context.manager!.execute(
      `select c.table_name from search_index i
         join search_index_version v on v.search_index_id = i.id and v.version = i.active_version and v.deleted_at is null
         join search_postgres_index c on c.name = v.physical_name
        where i.name = ? and i.deleted_at is null`,
      [indexName]
    )
    const table = rows[0]?.table_name
    return typeof table === "string" && TABLE_NAME.test(table) ? table : undefined
  }

  /**
   * Rebuilds the word list from the index table's search vectors when a
   * document was written after the list was last built. The state lives in the
   * database, not in this process, so several servers (or a restored database)
   * agree on it. Cheap when nothing changed: two small reads.
   */
  @InjectTransactionManager()
  // eslint-disable-next-line @medusajs/use-inject-manager-on-public-methods -- a write: @InjectTransactionManager runs it in the caller's transaction or its own
  async refreshWords(table: string, { force = false } = {}, @MedusaContext() context: Context<EntityManager> = {}) {
    if (!TABLE_NAME.test(table)) return false
    const manager = context.transactionManager!
    if (!force) {
      // The provider stamps its catalog row on every write and delete: one row
      // to read, where max(updated_at) over the documents scanned every row.
      const [state]: Row[] = await manager.execute(
        `select coalesce((select updated_at from search_postgres_index where table_name = ?), 'infinity')
                > coalesce((select max(updated_at) from search_word), '-infinity') as stale`,
        [table]
      )
      if (!state?.stale) return false
    }
    await manager.execute(`
      with fresh as (
        select word, ndoc from ts_stat('select search_vector from "${table}"')
         where length(word) between ${MIN_CORRECTABLE_LENGTH} and 40
      ), upserted as (
        insert into search_word (word, ndoc) select word, ndoc from fresh
        on conflict (word) do update set ndoc = excluded.ndoc, updated_at = now()
      )
      delete from search_word where word not in (select word from fresh)`)
    return true
  }

  /**
   * The closest indexed word for each query word (itself when it is indexed,
   * unchanged when no indexed word is within its typo budget), through the
   * trigram index: `%` is served by the GIN index, unlike
   * `word_similarity(...) > x` on every product row. Trigrams only shortlist;
   * the typo budget decides, so "asdfgh" stays "asdfgh" and finds nothing.
   */
  @InjectTransactionManager()
  // eslint-disable-next-line @medusajs/use-inject-manager-on-public-methods -- set_config(..., true) lasts one transaction, which @InjectTransactionManager gives
  async correctWords(words: string[], @MedusaContext() context: Context<EntityManager> = {}): Promise<string[]> {
    const candidates = words.filter((word) => word.length >= MIN_CORRECTABLE_LENGTH)
    if (!candidates.length) return words
    const manager = context.transactionManager!
    await manager.execute(`select set_config('pg_trgm.similarity_threshold', ?, true)`, [SIMILARITY_THRESHOLD])
    const rows: Row[] = await manager.execute(
      `select q.word as input, near.word as candidate
         from (values ${candidates.map(() => "(?::text)").join(", ")}) as q(word)
         join lateral (
           select w.word, w.ndoc from search_word w
            where w.word % q.word
            order by w.word = q.word desc, similarity(w.word, q.word) desc, w.ndoc desc
            limit ${SHORTLIST_SIZE}
         ) near on true`,
      candidates
    )
    const corrections = new Map<string, string>()
    for (const row of rows) {
      const input = String(row.input)
      const candidate = String(row.candidate)
      // Rows keep the shortlist's order: the first within budget is the closest.
      if (!corrections.has(input) && withinTypoBudget(input, candidate)) corrections.set(input, candidate)
    }
    return words.map((word) => corrections.get(word) ?? word)
  }
}
