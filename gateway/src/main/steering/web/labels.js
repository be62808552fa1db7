// French words for what the API names in English.

export const REGIONS = {
  '01': 'Guadeloupe', '02': 'Martinique', '03': 'Guyane', '04': 'La Réunion', '06': 'Mayotte',
  '11': 'Île-de-France', '24': 'Centre-Val de Loire', '27': 'Bourgogne-Franche-Comté',
  '28': 'Normandie', '32': 'Hauts-de-France', '44': 'Grand Est', '52': 'Pays de la Loire',
  '53': 'Bretagne', '75': 'Nouvelle-Aquitaine', '76': 'Occitanie',
  '84': 'Auvergne-Rhône-Alpes', '93': "Provence-Alpes-Côte d'Azur", '94': 'Corse',
};

export function regionName(code) {
  return REGIONS[code] ? `${REGIONS[code]} (${code})` : `Région ${code}`;
}

export const MEASURES = {
  // funnel
  oriented: 'Orientés vers une information collective',
  submitted: 'Prescriptions',
  answered: 'Réponses de l\'E2C',
  invited: 'Invités en information collective',
  attended: 'Présents en information collective',
  admitted: 'Admis',
  started: 'Entrés en parcours',
  exited: 'Sorties',
  positiveExits: 'Sorties positives',
  positiveExitRate: 'Taux de sorties positives',
  declined: 'Refus de l\'E2C',
  expired: 'Expirées sans réponse',
  withdrawn: 'Retirées',
  closedInactive: 'Closes après 12 mois sans action',
  transfers: 'Transferts',
  overrides: 'Dérogations aux règles d\'éligibilité',
  // rates
  answeredWithin10Days: 'Réponses sous 10 jours',
  answeredWithin10DaysRate: 'Part des réponses sous 10 jours',
  attendanceRate: 'Taux de présence des invités',
  admissionRate: 'Taux d\'admission des présents',
  daysToAnswerMedian: 'Délai de réponse, médiane (jours)',
  daysToAnswerP90: 'Délai de réponse, 9e décile (jours)',
  daysToAdmissionMedian: 'Délai d\'admission, médiane (jours)',
  daysToAdmissionP90: 'Délai d\'admission, 9e décile (jours)',
  daysToStartMedian: 'Délai d\'entrée, médiane (jours)',
  daysToStartP90: 'Délai d\'entrée, 9e décile (jours)',
  pathDaysToExitMedian: 'Durée du parcours, médiane (jours)',
  // company
  companyImmersions: 'Immersions en entreprise',
  immersionEmployers: 'Employeurs des immersions',
  internships: 'Stages',
  internshipEmployers: 'Employeurs des stages',
  skillsCertificates: 'Attestations de compétences',
  // sessions
  held: 'Informations collectives tenues',
  heldInAgency: 'dont en agence Pôle emploi',
  cancelled: 'Annulées',
  seatsOffered: 'Places offertes',
  seatsBooked: 'Places réservées',
  fillRate: 'Taux de remplissage',
  // coverage
  activeSites: 'Sites E2C actifs',
  activeSitesShare: 'Part des 124 sites du réseau',
  regionsCovered: 'Régions couvertes',
  pairedSites: 'Sites appariés à une agence',
  pairedSitesShare: 'Part des sites appariés',
  activePairings: 'Appariements en vigueur',
  // prospection
  contacts: 'Contacts employeurs',
  plannedContacts: 'Contacts prévus',
  jointContacts: 'Contacts conjoints',
  employersReached: 'Employeurs contactés',
  employersReachedByBoth: 'Employeurs contactés par les deux réseaux',
  conflicts: 'Conflits signalés',
  overSolicitationsRefused: 'Sur-sollicitations évitées',
  jointActions: 'Actions employeurs conjointes',
  openingsPublished: 'Offres publiées',
  openingsFilled: 'Offres pourvues',
  daysToFillMedian: 'Délai de pourvoi, médiane (jours)',
};

export function measureLabel(name) {
  return MEASURES[name] || name;
}

/** The families of an experiment's comparison, whose measures it names `family.measure`. */
const COMPARISON_FAMILIES = {
  funnel: 'dans la période',
  rates: 'cohorte de la période',
  company: 'parcours en entreprise',
};

/** A measure of a comparison (`funnel.submitted`): its label and, told apart, its family. */
export function comparisonLabel(name) {
  const dot = name.indexOf('.');
  if (dot < 0) {
    return measureLabel(name);
  }
  const family = name.substring(0, dot);
  const label = measureLabel(name.substring(dot + 1));
  return COMPARISON_FAMILIES[family] ? `${label} (${COMPARISON_FAMILIES[family]})` : label;
}

export const GROUPS = {
  month: 'Mois', region: 'Région', department: 'Département', site: 'Site E2C',
  agency: 'Agence', network: 'Réseau', channel: 'Canal', reason: 'Motif',
};

export const NETWORKS = { PE: 'Pôle emploi', E2C: 'E2C' };

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

export function monthLabel(yyyyMm) {
  const [y, m] = String(yyyyMm).split('-');
  const index = Number(m) - 1;
  return MONTHS[index] ? `${MONTHS[index]} ${y}` : String(yyyyMm);
}

export const AXES = {
  1: 'Axe 1 — Connaissance mutuelle des réseaux et partage d\'information',
  2: 'Axe 2 — Coopération aux étapes clés du parcours du jeune',
  3: 'Axe 3 — Prospection coordonnée des employeurs',
  4: 'Axe 4 — Actions innovantes et expérimentations sur les territoires',
  5: 'Axe 5 — Suivi des actions et pilotage de l\'accord',
};

export const SCORECARD = {
  'coverage.activeSites': 'Sites E2C actifs',
  'coverage.pairedSitesShare': 'Part des sites appariés à une agence',
  'sessions.held': 'Informations collectives tenues',
  'sessions.heldInAgency': 'Informations collectives tenues en agence Pôle emploi',
  'sessions.fillRate': 'Taux de remplissage des informations collectives',
  'funnel.submitted': 'Prescriptions vers les E2C',
  'rates.answeredWithin10DaysRate': 'Part des prescriptions avec réponse sous 10 jours',
  'rates.admissionRate': 'Taux d\'admission',
  'funnel.positiveExitRate': 'Taux de sorties positives',
  'company.companyImmersions': 'Immersions en entreprise',
  'prospection.contacts': 'Contacts employeurs',
  'prospection.jointContacts': 'Contacts employeurs conjoints',
  'prospection.employersReachedByBoth': 'Employeurs contactés par les deux réseaux',
  'prospection.openingsFilled': 'Offres pourvues',
  'experiments.running': 'Expérimentations en cours',
  'experiments.extended': 'Expérimentations prolongées',
  'actionPlan.done': 'Engagements réalisés',
  'actionPlan.late': 'Engagements en retard',
};

export const EXPERIMENT_STATUS = {
  PROPOSED: 'Proposée', RUNNING: 'En cours', EVALUATED: 'Évaluée',
  EXTENDED: 'Prolongée', STOPPED: 'Arrêtée',
};

/** The reviews steering may give from each status (the API's state machine). */
export const NEXT_STATUS = {
  PROPOSED: ['RUNNING', 'STOPPED'],
  RUNNING: ['EVALUATED'],
  EVALUATED: ['EXTENDED', 'STOPPED'],
  EXTENDED: [],
  STOPPED: [],
};

export const OBJECTIVES = {
  SECURE_PATH: 'Sécuriser le parcours',
  GIVE_CONFIDENCE: 'Donner confiance',
  LEAD_TO_JOB: 'Conduire à l\'emploi',
};

export const COMMITMENT_STATUS = {
  PLANNED: 'Prévu', IN_PROGRESS: 'En cours', DONE: 'Réalisé', ABANDONED: 'Abandonné',
};

export const COMPARISON_SIDES = {
  experiment: 'Territoire de l\'expérimentation',
  restOfCountry: 'Reste du pays, même période',
  yearBefore: 'Même territoire, un an avant',
};

export const ROLES = {
  steering: 'pilotage', admin: 'administration', 'e2c-staff': 'équipe E2C', 'pe-advisor': 'conseiller Pôle emploi',
};
