// Aliases onto the generated contract types, so components never restate a DTO by hand.
import type { components } from './schema';

type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type ProblemCode = Problem['code'];
export type FieldProblem = Schemas['FieldProblem'];
export type AdminSession = Schemas['AdminSession'];
export type Settings = Schemas['Settings'];
export type Lock = Schemas['Lock'];
export type UniqueCode = Schemas['UniqueCode'];
export type Permission = Schemas['Permission'];
export type PermissionLevel = Schemas['PermissionLevel'];
export type CodeSessionToken = Schemas['CodeSessionToken'];
export type SharedLock = Schemas['SharedLock'];
export type LockAction = Schemas['LockAction'];
export type LockCommand = Schemas['LockCommand'];
export type TrustAnchors = Schemas['TrustAnchors'];
export type TrustAnchor = Schemas['TrustAnchor'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditAction = Schemas['AuditAction'];
export type SignUpRequest = Schemas['SignUpRequest'];
export type LoginRequest = Schemas['LoginRequest'];
export type ChangePasswordRequest = Schemas['ChangePasswordRequest'];
export type SettingsPatch = Schemas['SettingsPatch'];
export type ActivateLockRequest = Schemas['ActivateLockRequest'];
export type CreateUniqueCodeRequest = Schemas['CreateUniqueCodeRequest'];
export type ShareLocksRequest = Schemas['ShareLocksRequest'];
