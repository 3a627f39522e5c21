/**
 * A large deals book for benchmarks, written straight into the database by the owner role
 * with `generate_series` (100,000 registrations in seconds; the services would take an
 * hour). Company names are built from consonant-vowel syllables hashed out of the row
 * number, so their trigrams are about as varied as real names' ("Kalomive Redoru
 * Logistics S.A."), with the common business words and legal forms real names repeat;
 * keys are normalised as lib/accounts/normalize.ts does (lower case, legal form dropped).
 */
import pg from "pg";

const CONSONANTS = "bcdfghjklmnpqrstvwxyz";
const VOWELS = "aeiou";
const WORDS = ["Logistics", "Foods", "Systems", "Group", "Retail", "Health", "Energy", "Industrial", "Partners", "Holdings"];
const FORMS = [" S.A.", " SL", " Inc.", " LLC", " GmbH", ""];

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;
const byte = (n: number) => `get_byte(decode(md5(g::text), 'hex'), ${n})`;
/** A consonant and a vowel from two bytes of the row's hash: 105 syllables, as varied as real names' letters. */
const syllable = (n: number) => `substr('${CONSONANTS}', 1 + ${byte(n)} % ${CONSONANTS.length}, 1) || substr('${VOWELS}', 1 + ${byte(n + 1)} % ${VOWELS.length}, 1)`;
/** Two hashed words and a business word: "kalomive redoru logistics" (the name key). */
const NAME_KEY = `${syllable(0)} || ${syllable(2)} || ${syllable(4)} || ${syllable(6)} || ' ' || ${syllable(8)} || ${syllable(10)} || ${syllable(12)} || ' ' || lower((${sqlArray(WORDS)})[1 + g % ${WORDS.length}])`;

async function withOwner(ownerUrl: string, fn: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * `count` registrations over the first `partners` bench partners (scripts/bench/channel-data.ts
 * makes them): 60 % pending, 30 % approved and protected, the rest rejected or expired.
 */
export async function generateRegistrations(ownerUrl: string, tenantId: string, options: { count: number; partners: number; userId: string }): Promise<void> {
  await withOwner(ownerUrl, async (client) => {
    await client.query(
      `INSERT INTO "DealRegistration" (id, "tenantId", "partnerId", status, title, "customerName", "nameKey", domain, "taxId", country,
                                       "contactName", "amountMinor", currency, "expectedCloseOn", "protectedUntil",
                                       "submissionKey", "submittedByUserId", "submittedByName", "createdAt", "updatedAt")
       SELECT 'reg_bench' || lpad(g::text, 9, '0'), $1, 'ptn_bench' || lpad((1 + g % $3::int)::text, 8, '0'),
              (ARRAY['PENDING','PENDING','PENDING','PENDING','PENDING','PENDING','APPROVED','APPROVED','APPROVED','REJECTED'])[1 + g % 10]::"DealRegistrationStatus",
              'Bench deal ' || g,
              initcap(${NAME_KEY}) || (${sqlArray(FORMS)})[1 + g % ${FORMS.length}],
              ${NAME_KEY},
              'd' || g || '.example', 'B' || lpad(g::text, 8, '0'), 'ES',
              'Bench Contact', (1000 + g % 500000) * 100, 'EUR',
              current_date + (30 + g % 300), CASE WHEN g % 10 IN (6, 7, 8) THEN current_date + (30 + g % 90) END,
              'bench-' || g, $4, 'Bench User', now() - make_interval(secs => g), now()
       FROM generate_series(1, $2::int) g`,
      [tenantId, options.count, options.partners, options.userId],
    );
    await client.query(`ANALYZE "DealRegistration"`);
  });
}

/** A registration's keys as generated (for picking what to look up). */
export async function sampleKeys(ownerUrl: string, tenantId: string, rows: number): Promise<{ customerName: string; nameKey: string; domain: string; taxId: string }[]> {
  const found: { customerName: string; nameKey: string; domain: string; taxId: string }[] = [];
  await withOwner(ownerUrl, async (client) => {
    const result = await client.query(
      `SELECT "customerName", "nameKey", domain, "taxId" FROM "DealRegistration" WHERE "tenantId" = $1 AND id LIKE 'reg_bench%' ORDER BY md5(id) LIMIT $2`,
      [tenantId, rows],
    );
    found.push(...result.rows);
  });
  return found;
}

/**
 * `count` open opportunities over the tenant's open stages: four in five of bench
 * partners (the rest direct), half in one of `territories`, one in three with `repId`
 * as rep, in EUR and USD, closing over the next six months.
 */
export async function generateOpportunities(
  ownerUrl: string,
  tenantId: string,
  options: { count: number; partners: number; stageIds: string[]; territories: string[]; repId: string },
): Promise<void> {
  await withOwner(ownerUrl, async (client) => {
    await client.query(
      `INSERT INTO "Opportunity" (id, "tenantId", "partnerId", name, "customerName", "nameKey", "stageId", status, "amountMinor", currency,
                                  "closeOn", "territoryId", "repMembershipId", "createdAt", "updatedAt")
       SELECT 'opp_bench' || lpad(g::text, 9, '0'), $1,
              CASE WHEN g % 5 = 0 THEN NULL ELSE 'ptn_bench' || lpad((1 + g % $3::int)::text, 8, '0') END,
              'Bench opportunity ' || g, initcap(${NAME_KEY}), ${NAME_KEY},
              ($4::text[])[1 + g % array_length($4::text[], 1)], 'OPEN',
              (500 + g % 200000) * 100, (ARRAY['EUR','USD'])[1 + g % 2],
              current_date + (g % 180),
              CASE WHEN g % 2 = 0 THEN ($5::text[])[1 + (g / 2) % array_length($5::text[], 1)] END,
              CASE WHEN g % 3 = 0 THEN $6 END,
              now() - make_interval(secs => g), now()
       FROM generate_series(1, $2::int) g`,
      [tenantId, options.count, options.partners, options.stageIds, options.territories, options.repId],
    );
    await client.query(`ANALYZE "Opportunity"`);
  });
}
