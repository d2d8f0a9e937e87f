/**
 * Queries a buyer in Pacitan types, with the seed products that must come
 * first. `top` lists acceptable handles: at least one must be among the first
 * `within` hits (default 5). Every case is answered by both engines.
 */
export type RelevanceCase = { query: string; why: string; top: string[]; within?: number; params?: string }

export const RELEVANCE_CASES: RelevanceCase[] = [
  // exact words
  { query: "tiwul instan", why: "plain words", top: ["tiwul-instan-mbok-tukiyem", "tiwul-instan-bu-rahayu"] },
  {
    query: "kemeja batik",
    why: "no stemming: kemeja stays kemeja",
    top: ["kemeja-batik-tulis-pace-lengan-pendek", "kemeja-batik-cap-baleharjo", "kemeja-batik-tulis-lorok-lengan-panjang"],
  },
  { query: "rumput laut kering", why: "no stemming: kering stays kering", top: ["rumput-laut-kering-segoro-asri", "manisan-rumput-laut-kering"] },
  {
    query: "Kopí Liberika",
    why: "accents and case fold away",
    top: ["kopi-liberika-bubuk-nawangan-lawas", "kopi-liberika-biji-sangrai-nawangan-lawas", "kopi-liberika-green-bean-nawangan"],
  },
  // the product named as typed comes first, before the products its synonyms find
  {
    query: "gula jawa",
    why: "a product called gula jawa before gula kelapa",
    top: ["gula-jawa-batok-manggar-sari", "gula-jawa-batok-pak-marno", "gula-jawa-batok-sri-rejeki", "gula-jawa-batok-bu-katmi"],
    within: 1,
  },
  // as the buyer types (the search box's suggestions show six): every word counts, the last one as a prefix
  {
    query: "gula j",
    why: "the last word is a prefix",
    top: ["gula-jawa-batok-manggar-sari", "gula-jawa-batok-pak-marno", "gula-jawa-batok-sri-rejeki", "gula-jawa-batok-bu-katmi"],
    within: 6,
  },
  { query: "madu h", why: "the last word is a prefix", top: ["madu-lebah-hutan-penggung", "madu-sarang-lebah-hutan"], within: 6 },
  // one- and two-letter typos, transposed letters
  { query: "tiwl instan", why: "one letter missing", top: ["tiwul-instan-mbok-tukiyem", "tiwul-instan-bu-rahayu"] },
  {
    query: "kopu robusta",
    why: "one letter wrong in a four-letter word",
    top: [
      "kopi-robusta-bubuk-gembuk-sumber-rejo",
      "kopi-robusta-bubuk-gembong",
      "kopi-robusta-bubuk-penggung",
      "kopi-robusta-bubuk-bandar-wangi",
      "kopi-robusta-bubuk-gemaharjo",
      "kopi-robusta-bubuk-wonosidi",
    ],
  },
  { query: "kopi lanagn", why: "transposed letters", top: ["kopi-lanang-bubuk-penggung", "kopi-lanang-biji-sangrai-penggung", "kopi-lanang-bandar-wangi"] },
  {
    query: "batik tulsi",
    why: "transposed letters",
    top: ["batik-tulis-motif-pace-sekar-pace", "batik-tulis-motif-ombak-pacitan", "batik-tulis-pewarna-alam-baleharjo", "batik-tulis-motif-pace-lorok"],
  },
  {
    query: "durain kupas",
    why: "transposed letters",
    top: ["durian-kupas-banjarjo", "durian-kupas-bukit-borang", "durian-kupas-petungsinarang", "durian-kupas-kalikuning"],
  },
  { query: "madu klancng", why: "one letter missing", top: ["madu-klanceng-piton", "madu-klanceng-sachet-piton"] },
  { query: "cengekh bubuk", why: "transposed letters", top: ["cengkeh-bubuk-pak-karno", "cengkeh-bubuk-pak-gimin", "cengkeh-bubuk-wonosidi"] },
  {
    query: "gerbah",
    why: "one letter missing",
    top: ["kendil-gerabah-purwoasri", "pot-bunga-gerabah-purwoasri", "guci-hias-gerabah-purwoasri", "celengan-gerabah-purwoasri"],
  },
  { query: "lobstr batu", why: "one letter missing", top: ["lobster-batu-hadiwarno"] },
  { query: "abon tunaa", why: "one letter too many", top: ["abon-tuna-original-samudra-rasa", "abon-tuna-pedas-samudra-rasa"] },
  { query: "temulawk", why: "one letter missing in a long word", top: ["temulawak-segar-mlati"] },
  { query: "rumput laut kring", why: "one letter missing, three words", top: ["rumput-laut-kering-segoro-asri", "manisan-rumput-laut-kering"] },
  { query: "nuget tuna", why: "one letter missing", top: ["nugget-tuna-beku-bu-yayuk"] },
  // spelling variants and synonyms
  { query: "kripik pisang", why: "kripik is keripik", top: ["keripik-pisang-manis-sari-pisang", "keripik-pisang-asin-sari-pisang"] },
  {
    query: "gula jawa",
    why: "gula jawa, gula merah and gula kelapa are one product",
    top: [
      "gula-kelapa-cetak-manggar-sari",
      "gula-kelapa-cetak-ngudi-rejeki",
      "gula-kelapa-cetak-pak-marno",
      "gula-jawa-batok-manggar-sari",
      "gula-jawa-batok-pak-marno",
    ],
    within: 10,
  },
  {
    query: "gula aren cetak",
    why: "gula aren is gula kelapa here",
    top: [
      "gula-kelapa-cetak-manggar-sari",
      "gula-kelapa-cetak-ngudi-rejeki",
      "gula-kelapa-cetak-pak-marno",
      "gula-kelapa-cetak-sri-rejeki",
      "gula-kelapa-cetak-bu-katmi",
    ],
  },
  {
    query: "thiwul",
    why: "Javanese spelling",
    top: ["tiwul-instan-mbok-tukiyem", "tiwul-instan-bu-rahayu", "tiwul-manis-kukus-bu-rahayu", "nasi-tiwul-komplit-bu-rahayu"],
    within: 8,
  },
  {
    query: "iwak asap",
    why: "Javanese for ikan asap",
    top: [
      "ikan-asap-tongkol-tusuk-pak-darto",
      "ikan-asap-cakalang-vakum-pak-darto",
      "ikan-asap-layur-vakum-pak-darto",
      "ikan-asap-pari-potong",
      "ikan-asap-cakalang-soge",
      "ikan-asap-tongkol-jetak",
    ],
  },
  {
    query: "jamu",
    why: "jamu and empon-empon",
    top: ["jamu-kunyit-asam-sekar-empon", "jamu-beras-kencur-sekar-empon", "wedang-empon-empon-instan-sekar-empon"],
  },
  {
    query: "empon-empon",
    why: "hyphenated reduplication",
    top: ["wedang-empon-empon-instan-sekar-empon", "jamu-kunyit-asam-sekar-empon", "jamu-beras-kencur-sekar-empon"],
  },
  {
    query: "salai pisang",
    why: "salai is sale",
    top: ["sale-pisang-basah-sari-pisang", "sale-pisang-goreng-tepung-sari-pisang", "sale-pisang-anggur-sari-pisang", "sale-pisang-kipas-sari-pisang"],
  },
  { query: "coklat minuman", why: "coklat is cokelat", top: ["cokelat-minuman-gula-kelapa-lorok"] },
  {
    query: "duren kupas",
    why: "duren is durian",
    top: ["durian-kupas-banjarjo", "durian-kupas-bukit-borang", "durian-kupas-petungsinarang", "durian-kupas-kalikuning"],
  },
  { query: "getuk singkong", why: "getuk is gethuk", top: ["gethuk-singkong-gula-kelapa"] },
  { query: "kunir segar", why: "kunir is kunyit", top: ["kunyit-segar-mlati"] },
  {
    query: "kopi yang enak dari penggung",
    why: "stop words do not have to match",
    top: ["kopi-lanang-bubuk-penggung", "kopi-lanang-biji-sangrai-penggung", "kopi-robusta-bubuk-penggung", "kopi-drip-bag-lanang-penggung"],
  },
  // places and producers
  {
    query: "Penggung",
    why: "a desa name",
    top: ["kopi-lanang-bubuk-penggung", "madu-pahit-penggung", "madu-lebah-hutan-penggung", "kopi-robusta-bubuk-penggung"],
    within: 8,
  },
  {
    query: "tegalombo kopi",
    why: "a kecamatan name with a product word",
    top: ["kopi-robusta-bubuk-gemaharjo", "kopi-robusta-biji-sangrai-gemaharjo", "kopi-robusta-green-bean-gemaharjo", "kopi-drip-bag-robusta-gemaharjo"],
  },
  {
    query: "Kalakan",
    why: "a word only in the producer's business name",
    top: ["ikan-asap-tongkol-tusuk-pak-darto", "ikan-asap-cakalang-vakum-pak-darto", "ikan-asap-layur-vakum-pak-darto", "ikan-asap-pari-potong"],
  },
  { query: "Wana Lestari", why: "a producer's business name", top: ["madu-klanceng-piton", "madu-klanceng-sachet-piton", "bee-pollen-klanceng-piton"] },
  {
    query: "sidomukti batik",
    why: "producer name and product word",
    top: ["batik-tulis-pewarna-alam-baleharjo", "kemeja-batik-cap-baleharjo", "taplak-meja-batik-pacitan", "tas-jinjing-batik-tulis"],
  },
  // filters
  {
    query: "kopi",
    params: "kecamatan=nawangan",
    why: "a kecamatan filter",
    top: ["kopi-liberika-bubuk-nawangan-lawas", "kopi-lanang-bubuk-penggung"],
    within: 10,
  },
  {
    query: "ikan asin",
    params: "halal=true",
    why: "the halal filter",
    top: ["ikan-asin-layur-bu-wartini", "ikan-asin-tungkul-bu-wartini", "ikan-asin-tapak-bu-wartini", "ikan-asin-layur-jetak"],
  },
]
