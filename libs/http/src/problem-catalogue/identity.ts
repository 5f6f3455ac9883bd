// Identity: sign-in, sessions, invitations, single sign-on, second factor, passkeys, API keys.
import { t, type Catalogue, type TemplateCatalogue } from './translation.js';

export const IDENTITY_PHRASES: Catalogue = {
  // Identity.
  'An API key cannot have these permissions': t(
    'Une clé d’API ne peut pas avoir ces permissions',
    'لا يمكن لمفتاح واجهة برمجية أن يحمل هذه الصلاحيات',
  ),
  'A key gets a subset of your own permissions, and never the ones only a person may use.': t(
    'Une clé reçoit une partie de vos propres permissions, jamais celles réservées à une personne.',
    'يحصل المفتاح على جزء من صلاحياتك، ولا يحصل أبدًا على الصلاحيات المقصورة على الأشخاص.',
  ),
  'expiresAt is in the past': t('expiresAt est dans le passé', 'expiresAt تاريخ في الماضي'),
  'No such API key.': t('Cette clé d’API n’existe pas.', 'مفتاح الواجهة البرمجية هذا غير موجود.'),
  'Email or password is wrong': t(
    'E-mail ou mot de passe incorrect',
    'البريد الإلكتروني أو كلمة المرور غير صحيحة',
  ),
  'The refresh token is not valid': t('Le jeton de renouvellement n’est pas valide', 'رمز التجديد غير صالح'),
  'You have no active membership': t(
    'Vous n’êtes membre d’aucune organisation active',
    'لست عضوًا في أي مؤسسة نشطة',
  ),
  'Your account is not a member of any active tenant; ask an administrator for an invitation.': t(
    'Votre compte n’est membre d’aucune organisation active ; demandez une invitation à un administrateur.',
    'حسابك ليس عضوًا في أي مؤسسة نشطة؛ اطلب دعوة من أحد المسؤولين.',
  ),
  'You are not a member of this tenant': t(
    'Vous n’êtes pas membre de cette organisation',
    'لست عضوًا في هذه المؤسسة',
  ),
  'Switch only to a tenant listed in your memberships (GET /api/v1/me).': t(
    'Ne passez qu’à une organisation dont vous êtes membre (GET /api/v1/me).',
    'لا تنتقل إلا إلى مؤسسة أنت عضو فيها (GET /api/v1/me).',
  ),

  // Single sign-on (OpenID Connect).
  'Your organisation signs you in through its identity provider': t(
    'Votre organisation vous connecte par son fournisseur d’identité',
    'تُدخلك مؤسستك عبر مزوّد الهوية الخاص بها',
  ),
  'Password sign-in is turned off here: use the button "Sign in with …" of your organisation.': t(
    'La connexion par mot de passe est désactivée ici : utilisez le bouton « Se connecter avec … » de votre organisation.',
    'تسجيل الدخول بكلمة المرور معطّل هنا: استعمل زر «الدخول عبر …» الخاص بمؤسستك.',
  ),
  'This role cannot be given on a first sign-in': t(
    'Ce rôle ne peut pas être donné à une première connexion',
    'لا يمكن منح هذا الدور عند أول تسجيل دخول',
  ),
  'Choose a role of your organisation other than its administrator role.': t(
    'Choisissez un rôle de votre organisation autre que celui d’administrateur.',
    'اختر دورًا من أدوار مؤسستك غير دور المسؤول.',
  ),
  'The identity provider did not answer': t(
    'Le fournisseur d’identité n’a pas répondu',
    'لم يُجب مزوّد الهوية',
  ),
  'Check the issuer URL: its /.well-known/openid-configuration must answer and name the same issuer.': t(
    'Vérifiez l’URL de l’émetteur : son /.well-known/openid-configuration doit répondre et nommer le même émetteur.',
    'تحقّق من عنوان المُصدِر: يجب أن يُجيب /.well-known/openid-configuration الخاص به وأن يذكر المُصدِر نفسه.',
  ),
  'issuer must be an https URL': t('issuer doit être une URL https', 'يجب أن يكون issuer عنوان https'),
  'defaultRole goes with firstSignIn default_role only': t(
    'defaultRole ne va qu’avec firstSignIn default_role',
    'لا يُستعمل defaultRole إلا مع firstSignIn default_role',
  ),
  'password sign-in can be turned off only while SSO is enabled': t(
    'la connexion par mot de passe ne peut être désactivée que si la connexion unique est activée',
    'لا يمكن تعطيل الدخول بكلمة المرور إلا والدخول الموحّد مفعّل',
  ),
  'clientSecret is required the first time': t(
    'clientSecret est obligatoire la première fois',
    'clientSecret مطلوب في المرة الأولى',
  ),
  'Too many attempts': t('Trop de tentatives', 'محاولات كثيرة جدًا'),
  'Sign-in is unavailable for a moment': t(
    'La connexion est momentanément indisponible',
    'تسجيل الدخول غير متاح مؤقتًا',
  ),
  'This request did not come from Jazari': t(
    'Cette requête ne vient pas de Jazari',
    'هذا الطلب لم يصدر عن جزري',
  ),
  'A session cookie is only accepted from Jazari’s own pages.': t(
    'Un cookie de session n’est accepté que depuis les pages de Jazari.',
    'لا يُقبل ملف تعريف الجلسة إلا من صفحات جزري نفسها.',
  ),
  'You do not have permission for this': t(
    'Vous n’avez pas la permission pour cela',
    'ليست لديك صلاحية لهذا',
  ),
  'Only Root invites into another tenant': t(
    'Seul Root invite dans une autre organisation',
    'لا يدعو إلى مؤسسة أخرى إلا Root',
  ),
  'No such tenant.': t('Cette organisation n’existe pas.', 'هذه المؤسسة غير موجودة.'),
  'Invite Root members through POST /api/v1/invitations': t(
    'Invitez les membres de Root par POST /api/v1/invitations',
    'ادعُ أعضاء Root عبر POST /api/v1/invitations',
  ),
  'This invitation was already accepted': t(
    'Cette invitation a déjà été acceptée',
    'تم قبول هذه الدعوة بالفعل',
  ),
  'This invitation is no longer valid': t('Cette invitation n’est plus valable', 'لم تعد هذه الدعوة صالحة'),
  'You are already a member here': t('Vous êtes déjà membre ici', 'أنت عضو هنا بالفعل'),
  'You cannot invite someone with this role here': t(
    'Vous ne pouvez pas inviter quelqu’un avec ce rôle ici',
    'لا يمكنك دعوة شخص بهذا الدور هنا',
  ),
  'This person is already a member': t('Cette personne est déjà membre', 'هذا الشخص عضو بالفعل'),
  'This person already has an open invitation here': t(
    'Cette personne a déjà une invitation en cours ici',
    'لدى هذا الشخص دعوة مفتوحة هنا بالفعل',
  ),
  'Revoke it first to send a new one.': t(
    'Révoquez-la d’abord pour en envoyer une nouvelle.',
    'ألغِها أولًا لإرسال دعوة جديدة.',
  ),
  'No such invitation.': t('Cette invitation n’existe pas.', 'هذه الدعوة غير موجودة.'),
  'This tenant is suspended': t('Cette organisation est suspendue', 'هذه المؤسسة معلّقة'),
  'No such member.': t('Ce membre n’existe pas.', 'هذا العضو غير موجود.'),
  'A tenant keeps at least one administrator': t(
    'Une organisation garde au moins un administrateur',
    'تحتفظ المؤسسة بمسؤول واحد على الأقل',
  ),
  'This role does not exist in this kind of tenant': t(
    'Ce rôle n’existe pas dans ce type d’organisation',
    'هذا الدور غير موجود في هذا النوع من المؤسسات',
  ),

  // Second factor (issue 20 point 3).
  'The code is not right': t('Le code n’est pas le bon', 'الرمز غير صحيح'),
  'Type the current code of your authenticator app, or one of your unused recovery codes. A code works once.':
    t(
      'Saisissez le code affiché maintenant par votre application d’authentification, ou l’un de vos codes de secours inutilisés. Un code ne sert qu’une fois.',
      'أدخل الرمز الذي يعرضه تطبيق المصادقة الآن، أو أحد رموز الاسترداد غير المستعملة. لا يصلح الرمز إلا مرة واحدة.',
    ),
  'A second factor is required': t('Un second facteur est exigé', 'العامل الثاني مطلوب'),
  'Set up an authenticator app in your security settings first.': t(
    'Configurez d’abord une application d’authentification dans vos paramètres de sécurité.',
    'اضبط أولًا تطبيق مصادقة في إعدادات الأمان الخاصة بك.',
  ),
  'A second factor is already set up': t(
    'Un second facteur est déjà configuré',
    'العامل الثاني مضبوط من قبل',
  ),
  'Turn it off first to set up another one.': t(
    'Désactivez-le d’abord pour en configurer un autre.',
    'عطّله أولًا لضبط عامل آخر.',
  ),
  'No authenticator app is being set up': t(
    'Aucune application d’authentification n’est en cours de configuration',
    'لا يوجد تطبيق مصادقة قيد الضبط',
  ),
  'Start the set-up again to get a new secret.': t(
    'Recommencez la configuration pour obtenir un nouveau secret.',
    'أعد بدء الضبط للحصول على سرّ جديد.',
  ),
  'Your second factor cannot be turned off': t(
    'Votre second facteur ne peut pas être désactivé',
    'لا يمكن تعطيل العامل الثاني الخاص بك',
  ),
  'One of your organisations requires a second factor for its members.': t(
    'L’une de vos organisations exige un second facteur de ses membres.',
    'إحدى مؤسساتك تشترط عاملًا ثانيًا على أعضائها.',
  ),

  // Passkeys (issue 20 point 3).
  'The passkey was not accepted': t('La clé d’accès n’a pas été acceptée', 'لم يُقبَل مفتاح المرور'),
  'Use one of your passkeys on this site, with your fingerprint, face or PIN, and try again: each answer works once.':
    t(
      'Utilisez l’une de vos clés d’accès sur ce site, avec votre empreinte, votre visage ou votre code PIN, puis réessayez : chaque réponse ne sert qu’une fois.',
      'استعمل أحد مفاتيح المرور الخاصة بك على هذا الموقع، ببصمتك أو وجهك أو رمزك السري، ثم أعد المحاولة: كل إجابة لا تصلح إلا مرة واحدة.',
    ),
  'The passkey could not be added': t('La clé d’accès n’a pas pu être ajoutée', 'تعذّرت إضافة مفتاح المرور'),
  'Start again from this site and confirm with your fingerprint, face or PIN within five minutes.': t(
    'Recommencez depuis ce site et confirmez avec votre empreinte, votre visage ou votre code PIN dans les cinq minutes.',
    'أعد المحاولة من هذا الموقع وأكّد ببصمتك أو وجهك أو رمزك السري في غضون خمس دقائق.',
  ),
  'You have no passkey': t('Vous n’avez aucune clé d’accès', 'ليس لديك أي مفتاح مرور'),
  'Add a passkey in your security settings, or use a code.': t(
    'Ajoutez une clé d’accès dans vos paramètres de sécurité, ou utilisez un code.',
    'أضف مفتاح مرور في إعدادات الأمان الخاصة بك، أو استعمل رمزًا.',
  ),
  'No such passkey.': t('Cette clé d’accès n’existe pas.', 'مفتاح المرور هذا غير موجود.'),
  'This sign-in step has expired': t(
    'Cette étape de connexion a expiré',
    'انتهت صلاحية خطوة تسجيل الدخول هذه',
  ),
  'Sign in again with your password.': t(
    'Reconnectez-vous avec votre mot de passe.',
    'سجّل الدخول مجددًا بكلمة مرورك.',
  ),
  'Your current password is not right': t(
    'Votre mot de passe actuel n’est pas le bon',
    'كلمة المرور الحالية غير صحيحة',
  ),
  'The new password is the same as the current one': t(
    'Le nouveau mot de passe est identique à l’actuel',
    'كلمة المرور الجديدة مطابقة للحالية',
  ),
};

export const IDENTITY_TEMPLATES: TemplateCatalogue = {
  // Identity.
  'This needs the "{permission}" permission, which your role ({role}) does not have.': t(
    'Il faut la permission « {permission} », que votre rôle ({role}) n’a pas.',
    'يتطلب هذا الصلاحية "{permission}"، وهي ليست لدورك ({role}).',
  ),
  'This needs the "{permission}" permission, which your API key does not have.': t(
    'Il faut la permission « {permission} », que votre clé d’API n’a pas.',
    'يتطلب هذا الصلاحية "{permission}"، وهي ليست لمفتاح الواجهة البرمجية الخاص بك.',
  ),
  'Try again in {seconds} s.': t('Réessayez dans {seconds} s.', 'أعد المحاولة بعد {seconds} ثانية.'),
  'Allowed: {roles}.': t('Permis : {roles}.', 'المسموح به: {roles}.'),
  'Make someone else {role} first.': t(
    'Nommez d’abord quelqu’un d’autre « {role} ».',
    'عيّن شخصًا آخر بدور «{role}» أولًا.',
  ),
  '"{role}" is not a role of {kind} tenants.': t(
    '« {role} » n’est pas un rôle des organisations de type « {kind} ».',
    '"{role}" ليس دورًا في مؤسسات من نوع «{kind}».',
  ),
};
