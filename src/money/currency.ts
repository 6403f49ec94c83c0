/**
 * ISO 4217 currencies and their minor units (decimal places).
 * Listed explicitly rather than read from `Intl`, whose tables differ between
 * runtimes (e.g. ISK, HUF), so a decision is the same in every browser.
 */
const ZERO = 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF';
const THREE = 'BHD IQD JOD KWD LYD OMR TND';
const FOUR = 'CLF UYW';
const TWO =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
  'CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS ' +
  'GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL ' +
  'MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK ' +
  'PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS ' +
  'TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

const minorUnits: ReadonlyMap<string, number> = new Map([
  ...ZERO.split(' ').map((code) => [code, 0] as const),
  ...TWO.split(' ').map((code) => [code, 2] as const),
  ...THREE.split(' ').map((code) => [code, 3] as const),
  ...FOUR.split(' ').map((code) => [code, 4] as const),
]);

/** The ISO 4217 codes savedesk knows, sorted. */
export const currencyCodes: readonly string[] = [...minorUnits.keys()].sort();

/** Whether `code` is an ISO 4217 currency savedesk knows. */
export function isCurrency(code: string): boolean {
  return minorUnits.has(code);
}

/**
 * How many decimal places amounts in `code` carry (JPY 0, USD 2, KWD 3).
 * @throws Error for an unknown code; callers validate codes first.
 */
export function minorDigits(code: string): number {
  const digits = minorUnits.get(code);
  if (digits === undefined) throw new Error(`unknown currency ${code}`);
  return digits;
}
