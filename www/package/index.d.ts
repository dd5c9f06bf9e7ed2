// Types of the `oih-checklist` package's main entry (oih-checklist.js).
// Importing the entry defines the <oih-checklist> element. The unions below
// are the JSON contract of clinical-content.md (version 3);
// tests/typescript_types.rs checks each one against the Rust tables.

// ------------------------------------------------------------------ input

/** Answer to a yes/no question. */
export type OihYesNoUnsure = 'yes' | 'no' | 'unsure';

/** The stable question ids, in the order of the questions table. */
export type OihQuestionId =
  | 'seizure'
  | 'opioid_use'
  | 'duration'
  | 'dose_increased'
  | 'response_to_increase'
  | 'kidney'
  | 'liver'
  | 'pain_worse_despite_dose'
  | 'more_sensitive'
  | 'pain_spread'
  | 'allodynia'
  | 'pain_different'
  | 'myoclonus';

/**
 * The answers, by question id. A question not answered is absent. An answer
 * to a question that does not apply is valid and ignored.
 */
export interface OihAnswers {
  /** A new seizure (fit) in the last 4 weeks: `yes` (no doctor has checked it yet), `yes_checked` (a doctor has). */
  seizure?: 'yes' | 'yes_checked' | 'no' | 'unsure';
  /** Opioid medicine: now, stopped or sharply cut down within 4 weeks, stopped longer ago, never. */
  opioid_use?: 'current' | 'stopped_recently' | 'past' | 'never';
  /** How long they have been taking opioids (only when `opioid_use` is `current`). */
  duration?: 'under_1_month' | '1_to_3_months' | 'over_3_months';
  /** Dose raised in the last 3 months. */
  dose_increased?: OihYesNoUnsure;
  /** What pain did after the last increase (only when `dose_increased` is `yes`). */
  response_to_increase?: 'better' | 'no_change' | 'worse' | 'unsure';
  /** Kidney failure or serious kidney disease. */
  kidney?: OihYesNoUnsure;
  /** Liver failure or serious liver disease. */
  liver?: OihYesNoUnsure;
  /** Pain getting worse although the dose stayed the same or went up. */
  pain_worse_despite_dose?: OihYesNoUnsure;
  /** More sensitive to pain in general than before. */
  more_sensitive?: OihYesNoUnsure;
  /** Pain spreading to other parts of the body. */
  pain_spread?: OihYesNoUnsure;
  /** Pain from things that should not hurt (light touch, clothes). */
  allodynia?: OihYesNoUnsure;
  /** Pain that feels different from the original pain. */
  pain_different?: OihYesNoUnsure;
  /** Muscle twitching or jerking they cannot control. */
  myoclonus?: OihYesNoUnsure;
}

/** Every drug id of the contract, in the order of its table. */
export type OihDrugId =
  | 'codeine'
  | 'fentanyl_patch'
  | 'hydrocodone'
  | 'hydromorphone'
  | 'methadone'
  | 'morphine'
  | 'oxycodone'
  | 'oxymorphone'
  | 'tapentadol'
  | 'tramadol'
  | 'buprenorphine'
  | 'heroin'
  | 'opium'
  | 'other';

/** Drugs with a CDC 2022 factor, amount in mg: `amount` and `times_per_day` required. */
export type OihOralDrugId =
  | 'codeine'
  | 'hydrocodone'
  | 'hydromorphone'
  | 'methadone'
  | 'morphine'
  | 'oxycodone'
  | 'oxymorphone'
  | 'tapentadol'
  | 'tramadol';

/** The patch, amount in mcg/hr: `amount` required, no `times_per_day`. */
export type OihPatchDrugId = 'fentanyl_patch';

/** Drugs with no factor (listed in `mme_unconverted`, not counted): `amount` and `times_per_day` optional. */
export type OihUnconvertedDrugId = 'buprenorphine' | 'heroin' | 'opium' | 'other';

/** The only drugs that take a `purpose`. */
export type OihPurposeDrugId = 'methadone' | 'buprenorphine';

/** Why methadone or buprenorphine is taken (default `pain`). */
export type OihPurpose = 'pain' | 'opioid_use_disorder';

/** What every medicine entry may carry. */
interface OihDose {
  /**
   * Strength of one tablet or capsule in mg (above 0, at most 10000), or of
   * one patch in mcg/hr (at most 1000); for a liquid, the mg taken each time.
   */
  amount?: number;
  /** How many are taken at a time: a whole number from 1 to 10 (default 1). */
  per_dose?: number;
  /** How many times a day: a whole number from 1 to 24. */
  times_per_day?: number;
}

/** A counted medicine taken by mouth (not methadone). */
export interface OihOralMedication extends OihDose {
  drug: Exclude<OihOralDrugId, OihPurposeDrugId>;
  amount: number;
  times_per_day: number;
}

/** Methadone: counted unless taken for opioid use disorder. */
export interface OihMethadoneMedication extends OihDose {
  drug: Extract<OihOralDrugId, OihPurposeDrugId>;
  amount: number;
  times_per_day: number;
  purpose?: OihPurpose;
}

/** The fentanyl patch: no doses a day. */
export interface OihPatchMedication {
  drug: OihPatchDrugId;
  amount: number;
  /** Patches worn together: a whole number from 1 to 10 (default 1). */
  per_dose?: number;
}

/** A drug with no factor (not buprenorphine). */
export interface OihUnconvertedMedication extends OihDose {
  drug: Exclude<OihUnconvertedDrugId, OihPurposeDrugId>;
}

/** Buprenorphine: no factor; may be taken for opioid use disorder. */
export interface OihBuprenorphineMedication extends OihDose {
  drug: Extract<OihUnconvertedDrugId, OihPurposeDrugId>;
  purpose?: OihPurpose;
}

/** One medicine entry (at most 10 in an input). */
export type OihMedication =
  | OihOralMedication
  | OihMethadoneMedication
  | OihPatchMedication
  | OihUnconvertedMedication
  | OihBuprenorphineMedication;

/** The contract's input. */
export interface OihInput {
  answers: OihAnswers;
  medications?: OihMedication[];
}

/**
 * A FHIR R4 QuestionnaireResponse to the published Questionnaire
 * (`oih-checklist/fhir/Questionnaire-oih-checklist.json`), as `toFhir`
 * writes it; read as `oih-assess --from-fhir` reads it.
 */
export interface OihFhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire?: string;
  status?: string;
  authored?: string;
  item?: unknown[];
  [field: string]: unknown;
}

// ----------------------------------------------------------------- output

export type OihLevel = 'urgent' | 'incomplete' | 'not_applicable' | 'several_signs' | 'some_signs' | 'few_signs';
export type OihAction = 'emergency_now' | 'doctor_today' | 'doctor_within_days' | 'next_appointment' | 'if_worse' | 'none';
export type OihRedFlag = 'seizure';
export type OihSign =
  | 'pain_worse_despite_dose'
  | 'more_sensitive'
  | 'pain_spread'
  | 'allodynia'
  | 'pain_different'
  | 'worse_after_increase'
  | 'myoclonus';
export type OihRiskFactor = 'high_dose' | 'dose_increased' | 'recent_stop' | 'long_term' | 'kidney' | 'liver';
export type OihPattern = 'withdrawal' | 'oih' | 'tolerance' | 'unclear' | 'none';
export type OihSafety = 'overdose_signs' | 'naloxone' | 'lost_tolerance';
export type OihDoseBand = 'under_50' | '50_to_89' | '90_or_more' | 'unknown';
export type OihRulesVersion = '3';

/** The contract's output, fields in the contract's order. */
export interface OihOutput {
  rules_version: OihRulesVersion;
  level: OihLevel;
  action: OihAction;
  red_flags: OihRedFlag[];
  signs: OihSign[];
  risk_factors: OihRiskFactor[];
  pattern: OihPattern;
  safety: OihSafety[];
  /** Daily morphine milligram equivalents; `null` when no medicine was counted. */
  mme_per_day: number | null;
  dose_band: OihDoseBand;
  mme_unconverted: OihUnconvertedDrugId[];
  mme_excluded: OihPurposeDrugId[];
  unsure: OihQuestionId[];
  unanswered: OihQuestionId[];
}

/** How `evaluate` and `toFhir` reject: the message starts with `field`. */
export interface OihFieldError extends Error {
  /** The path of the field, such as `medications[0].amount`, `answers.kidney` or `input`. */
  field: string;
}

// ------------------------------------------------------------------ the API

/**
 * The assessment of `oih-assess`, for hosts with their own interface. The
 * input is an object, its JSON text (exact decimals), or a FHIR
 * QuestionnaireResponse. Loads a separate wasm on its first call. Rejects
 * with an {@link OihFieldError}.
 */
export function evaluate(input: OihFhirQuestionnaireResponse | string): Promise<OihOutput>;
export function evaluate(input: OihInput): Promise<OihOutput>;

/**
 * The input as a FHIR R4 QuestionnaireResponse: the text of the JSON file,
 * byte for byte what `oih-assess --to-fhir --authored` writes. `authored` is
 * a FHIR dateTime with a time zone (default: now, as `toISOString()`).
 * Rejects with an {@link OihFieldError} (field `authored` for a bad time).
 */
export function toFhir(input: OihInput | string, authored?: string): Promise<string>;

/**
 * Resolves once the element is defined and the widget runs; rejects if it
 * cannot start (no WebAssembly, a file that did not load), after putting
 * back the elements' own fallback content.
 */
export const ready: Promise<void>;

// ---------------------------------------------------------------- the element

/**
 * `<oih-checklist>`: the checklist, in its own open shadow root. Its
 * settings are attributes only (see `custom-elements.json`):
 * `heading-level` (1 to 6, default 2), `compact` (boolean) and `lang`.
 * Changing one re-renders the widget and keeps the answers. The element
 * dispatches no events of its own and has no properties or methods beyond
 * HTMLElement's: nothing of the patient's answers reaches the host page
 * through it.
 */
export interface OihChecklistElement extends HTMLElement {}

declare global {
  interface HTMLElementTagNameMap {
    'oih-checklist': OihChecklistElement;
  }
}
