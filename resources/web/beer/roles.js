// SPDX-License-Identifier: GPL-3.0-or-later
// The Beer Game's four roles along the supply chain, their names (in ./strings.js) and their
// colours, for its player page and its part of the facilitator page.
import { t } from '../common.js';

export const ROLES = ['retailer', 'wholesaler', 'distributor', 'factory'];

export function roleName(role) {
  if (!role) return '';
  return t('role' + role.charAt(0).toUpperCase() + role.slice(1));
}

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
export const ROLE_COLORS = { retailer: '#0072B2', wholesaler: '#D55E00', distributor: '#009E73', factory: '#CC79A7' };
