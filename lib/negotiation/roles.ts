export const ROLES = ['secretariat', 'chair', 'delegate', 'observer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  secretariat: 'Secretariat',
  chair: 'Chair',
  delegate: 'Delegate',
  observer: 'Observer',
  viewer: 'Viewer',
};
