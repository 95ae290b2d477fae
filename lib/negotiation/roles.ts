export const ROLES = ['secretariat', 'chair', 'delegate', 'observer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Whether a participant in the role sits with a delegation. Delegates and observers speak for
 * one and need it; the secretariat and the chair act for the meeting (the chair as "Chair") and
 * have none; a viewer may be listed with one or not.
 */
export const ROLE_DELEGATION: Record<Role, 'required' | 'none' | 'optional'> = {
  secretariat: 'none',
  chair: 'none',
  delegate: 'required',
  observer: 'required',
  viewer: 'optional',
};

export const ROLE_LABELS: Record<Role, string> = {
  secretariat: 'Secretariat',
  chair: 'Chair',
  delegate: 'Delegate',
  observer: 'Observer',
  viewer: 'Viewer',
};
