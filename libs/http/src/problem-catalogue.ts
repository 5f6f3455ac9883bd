/**
 * The French and Arabic of the problems services raise (issue 16 point 6), by their English wording:
 * titles and details as written in the code. problem-language.ts looks them up; problem-language.spec.ts
 * reads the sources (problem-texts.scan.ts) and fails when a problem text has no entry here.
 */
export interface Translation {
  readonly fr: string;
  readonly ar: string;
}

type Catalogue = Readonly<Record<string, Translation>>;

const t = (fr: string, ar: string): Translation => ({ fr, ar });

/** Texts without values. */
export const PROBLEM_PHRASES: Catalogue = {
  // Shared titles.
  Forbidden: t('Action non autorisée', 'غير مسموح'),
  'This reset link was already used': t(
    'Ce lien de réinitialisation a déjà servi',
    'سبق استعمال رابط إعادة التعيين هذا',
  ),
  'This reset link is no longer valid': t(
    'Ce lien de réinitialisation n’est plus valable',
    'لم يعد رابط إعادة التعيين هذا صالحًا',
  ),
  'The evidence does not show the obligation met yet': t(
    'La preuve ne montre pas encore l’obligation remplie',
    'لا يُثبت الدليل بعدُ الوفاء بالالتزام',
  ),
  'Say which version you edited': t('Indiquez la version que vous avez modifiée', 'حدّد النسخة التي عدّلتها'),
  'Only a signed-in person can do this': t(
    'Seule une personne connectée peut faire cela',
    'لا يمكن القيام بهذا إلا لشخص مسجّل الدخول',
  ),
  'This records who did it: an API key cannot.': t(
    'Cette action enregistre qui l’a faite : une clé d’API ne le peut pas.',
    'يُسجَّل هذا الإجراء باسم من قام به: لا يمكن لمفتاح واجهة برمجية القيام به.',
  ),

  // Conventions.
  'No such convention.': t('Cette convention n’existe pas.', 'هذه الاتفاقية غير موجودة.'),
  'You can read this convention, not change it': t(
    'Vous pouvez lire cette convention, pas la modifier',
    'يمكنك قراءة هذه الاتفاقية دون تعديلها',
  ),
  'This status change is not allowed': t(
    'Ce changement de statut n’est pas permis',
    'تغيير الحالة هذا غير مسموح',
  ),
  'Only Root and institutes own conventions; partners take part in them.': t(
    'Seuls Root et les instituts portent des conventions ; les partenaires y prennent part.',
    'لا يملك الاتفاقيات إلا Root والمعاهد؛ أما الشركاء فيشاركون فيها.',
  ),
  'Only Root lists every convention of the network (`view=all`).': t(
    'Seul Root liste toutes les conventions du réseau (`view=all`).',
    'لا يعرض جميع اتفاقيات الشبكة إلا Root (`view=all`).',
  ),
  'The convention changed since you read it': t(
    'La convention a changé depuis que vous l’avez lue',
    'تغيّرت الاتفاقية منذ أن قرأتها',
  ),
  'This convention cannot be changed now': t(
    'Cette convention ne peut pas être modifiée maintenant',
    'لا يمكن تعديل هذه الاتفاقية الآن',
  ),
  'Only an active convention is amended': t(
    'Seule une convention en vigueur peut être amendée',
    'لا تُعدَّل إلا اتفاقية سارية المفعول',
  ),
  'A party you removed still has signers or obligations': t(
    'Une partie que vous avez retirée a encore des signataires ou des obligations',
    'طرف أزلته لا يزال لديه موقّعون أو التزامات',
  ),
  'Remove its signers and obligations first.': t(
    'Retirez d’abord ses signataires et ses obligations.',
    'أزل موقّعيه والتزاماته أولًا.',
  ),
  'No such document in this convention.': t(
    'Ce document n’existe pas dans cette convention.',
    'هذا المستند غير موجود في هذه الاتفاقية.',
  ),
  "The file's content cannot be found in storage": t(
    'Le contenu du fichier est introuvable dans le stockage',
    'تعذّر العثور على محتوى الملف في التخزين',
  ),
  'The document is recorded but its content is missing; the administrators have been told.': t(
    'Le document est enregistré mais son contenu manque ; les administrateurs ont été prévenus.',
    'المستند مسجَّل لكن محتواه مفقود؛ وقد أُبلغ المسؤولون.',
  ),
  'This convention has not been signed': t('Cette convention n’a pas été signée', 'لم تُوقَّع هذه الاتفاقية'),
  'A signing certificate exists once the convention is active (or later expired or terminated).': t(
    'Un certificat de signature existe une fois la convention en vigueur (ou, plus tard, expirée ou résiliée).',
    'تتوفر شهادة التوقيع بعد دخول الاتفاقية حيز التنفيذ (أو بعد انتهائها أو فسخها لاحقًا).',
  ),
  'Not a SHA-256': t('Ce n’est pas une empreinte SHA-256', 'هذه ليست بصمة SHA-256'),
  'Give the document’s SHA-256 as 64 hexadecimal characters.': t(
    'Donnez l’empreinte SHA-256 du document en 64 caractères hexadécimaux.',
    'أدخل بصمة SHA-256 للمستند في 64 محرفًا ست عشريًا.',
  ),
  'No such obligation.': t('Cette obligation n’existe pas.', 'هذا الالتزام غير موجود.'),
  'This convention takes no more obligations': t(
    'Cette convention ne prend plus d’obligations',
    'لم تعد هذه الاتفاقية تقبل التزامات جديدة',
  ),
  'This obligation is closed': t('Cette obligation est close', 'هذا الالتزام مغلق'),
  'The responsible tenant is not a party': t(
    'L’organisation responsable n’est pas partie à la convention',
    'المؤسسة المسؤولة ليست طرفًا في الاتفاقية',
  ),
  'An obligation is the responsibility of one of the convention’s parties.': t(
    'Une obligation relève de l’une des parties à la convention.',
    'يقع الالتزام على عاتق أحد أطراف الاتفاقية.',
  ),
  'No such evidence': t('Cette preuve n’existe pas', 'هذا الدليل غير موجود'),
  'The linked deliverable, milestone or workshop does not exist, or you cannot see it.': t(
    'Le livrable, le jalon ou l’atelier lié n’existe pas, ou vous ne pouvez pas le voir.',
    'المُخرَج أو المرحلة أو الورشة المرتبطة غير موجودة، أو لا يمكنك رؤيتها.',
  ),
  'Only the responsible party or the owner marks this obligation met': t(
    'Seule la partie responsable ou le porteur de la convention marque cette obligation comme remplie',
    'لا يعلن استيفاء هذا الالتزام إلا الطرف المسؤول عنه أو مالك الاتفاقية',
  ),
  'An obligation is marked met by the admins of the party responsible for it, or by the convention’s owner.':
    t(
      'Une obligation est marquée remplie par les administrateurs de la partie qui en est responsable, ou par le porteur de la convention.',
      'يعلن استيفاءَ الالتزام مسؤولو الطرف المكلَّف به، أو مالكُ الاتفاقية.',
    ),
  'Not possible in this status': t('Impossible dans ce statut', 'غير ممكن في هذه الحالة'),
  'Every party needs a signer': t('Chaque partie a besoin d’un signataire', 'يحتاج كل طرف إلى موقّع'),
  'A signer must be a member of the party they sign for': t(
    'Un signataire doit être membre de la partie pour laquelle il signe',
    'يجب أن يكون الموقّع عضوًا في الطرف الذي يوقّع باسمه',
  ),
  'These signers cannot be set': t(
    'Ces signataires ne peuvent pas être désignés',
    'لا يمكن تعيين هؤلاء الموقّعين',
  ),
  'Not your turn to sign': t('Ce n’est pas votre tour de signer', 'لم يحن دورك في التوقيع'),
  'Upload the document first.': t('Déposez d’abord le document.', 'ارفع المستند أولًا.'),
  'Set the signers (PUT …/signers) so that every party has at least one.': t(
    'Désignez les signataires (PUT …/signers) pour que chaque partie en ait au moins un.',
    'عيّن الموقّعين (PUT …/signers) بحيث يكون لكل طرف موقّع واحد على الأقل.',
  ),
  'Only a person named as a signer for your tenant, who has not yet acted, can do this.': t(
    'Seule une personne désignée comme signataire pour votre organisation, et qui n’a pas encore agi, peut faire cela.',
    'لا يمكن القيام بهذا إلا لشخص معيَّن موقّعًا باسم مؤسستك ولم يتصرّف بعد.',
  ),
  'Signing needs your password: nothing was signed.': t(
    'La signature demande votre mot de passe : rien n’a été signé.',
    'يتطلب التوقيع كلمة مرورك: لم يُوقَّع أي شيء.',
  ),
  "Only the owner's managers set signers and send a convention for signature.": t(
    'Seuls les responsables du porteur désignent les signataires et envoient une convention en signature.',
    'لا يعيّن الموقّعين ولا يرسل الاتفاقية للتوقيع إلا مسؤولو الجهة المالكة.',
  ),
  'No document to sign': t('Aucun document à signer', 'لا يوجد مستند للتوقيع'),
  'You are not a pending signer of this convention': t(
    'Vous n’êtes pas un signataire attendu de cette convention',
    'لست موقّعًا منتظرًا في هذه الاتفاقية',
  ),
  'Wrong password': t('Mot de passe incorrect', 'كلمة المرور غير صحيحة'),
  'Only the tenant that owns a convention changes it.': t(
    'Seule l’organisation qui porte une convention la modifie.',
    'لا يعدّل الاتفاقية إلا المؤسسة المالكة لها.',
  ),
  'Only the parties to a convention act on it.': t(
    'Seules les parties à une convention agissent sur elle.',
    'لا يتصرف في الاتفاقية إلا أطرافها.',
  ),
  'A convention document is a PDF': t('Le document d’une convention est un PDF', 'مستند الاتفاقية ملف PDF'),
  'Send the PDF with Content-Type: application/pdf.': t(
    'Envoyez le PDF avec Content-Type: application/pdf.',
    'أرسل ملف PDF مع Content-Type: application/pdf.',
  ),
  'The content is not a PDF (it does not start with %PDF-).': t(
    'Le contenu n’est pas un PDF (il ne commence pas par %PDF-).',
    'المحتوى ليس ملف PDF (لا يبدأ بـ %PDF-).',
  ),

  // Dashboards, operations, uploads, the web app.
  'No such dashboard.': t('Ce tableau de bord n’existe pas.', 'لوحة المتابعة هذه غير موجودة.'),
  'No such failed job.': t('Cette tâche en échec n’existe pas.', 'هذه المهمة الفاشلة غير موجودة.'),
  'Already resolved': t('Déjà traitée', 'تمت معالجتها بالفعل'),
  'The job is not failed': t('La tâche n’est pas en échec', 'المهمة ليست فاشلة'),
  'The file is too large': t('Le fichier est trop volumineux', 'الملف كبير جدًا'),
  'The file is empty': t('Le fichier est vide', 'الملف فارغ'),
  'The web app is not built': t('L’application web n’est pas construite', 'تطبيق الويب غير مبني'),
  'Run `npm run build:web` (npm start does it for you), then reload.': t(
    'Lancez `npm run build:web` (npm start le fait pour vous), puis rechargez la page.',
    'شغّل `npm run build:web` (يقوم npm start بذلك عنك)، ثم أعد تحميل الصفحة.',
  ),
  'Send the file as it is, without a Content-Encoding.': t(
    'Envoyez le fichier tel quel, sans Content-Encoding.',
    'أرسل الملف كما هو، دون Content-Encoding.',
  ),
  'Send the file with its Content-Type.': t(
    'Envoyez le fichier avec son Content-Type.',
    'أرسل الملف مع Content-Type الخاص به.',
  ),

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

  // Network.
  'No directory entry has this id': t(
    'Aucune fiche de l’annuaire n’a cet identifiant',
    'لا توجد بطاقة في الدليل بهذا المعرّف',
  ),
  'No tenant has this id': t('Aucune organisation n’a cet identifiant', 'لا توجد مؤسسة بهذا المعرّف'),
  'Only Root administers tenants': t('Seul Root administre les organisations', 'لا يدير المؤسسات إلا Root'),
  'Slug already taken': t('Identifiant déjà pris', 'المعرّف مستخدم بالفعل'),
  'Unknown region': t('Région inconnue', 'جهة غير معروفة'),
  'An institute needs a region and a city': t(
    'Un institut a besoin d’une région et d’une ville',
    'يحتاج المعهد إلى جهة ومدينة',
  ),
  'Root cannot be suspended': t('Root ne peut pas être suspendu', 'لا يمكن تعليق Root'),
  'Suspending Root would lock every administrator out of the network': t(
    'Suspendre Root priverait tous les administrateurs de l’accès au réseau',
    'تعليق Root سيمنع جميع المسؤولين من الوصول إلى الشبكة',
  ),
  'Code already taken': t('Code déjà pris', 'الرمز مستخدم بالفعل'),

  // Notifications and webhooks.
  'No such notification.': t('Cette notification n’existe pas.', 'هذا الإشعار غير موجود.'),
  'In-app notifications stay on': t(
    'Les notifications dans l’application restent activées',
    'تبقى الإشعارات داخل التطبيق مفعّلة',
  ),
  'No digest for this category': t('Pas de récapitulatif pour cette catégorie', 'لا ملخص لهذه الفئة'),
  'No such webhook endpoint.': t(
    'Ce point de terminaison webhook n’existe pas.',
    'نقطة الويب هوك هذه غير موجودة.',
  ),
  'No such webhook delivery.': t('Cet envoi webhook n’existe pas.', 'إرسال الويب هوك هذا غير موجود.'),
  'This webhook URL is not allowed': t(
    'Cette adresse de webhook n’est pas permise',
    'عنوان الويب هوك هذا غير مسموح به',
  ),
  'Unknown event types': t('Types d’événements inconnus', 'أنواع أحداث غير معروفة'),
  'The endpoint is disabled': t('Le point de terminaison est désactivé', 'نقطة النهاية معطّلة'),
  'Enable the endpoint before redelivering to it.': t(
    'Activez le point de terminaison avant de lui renvoyer un envoi.',
    'فعّل نقطة النهاية قبل إعادة الإرسال إليها.',
  ),
  'The URL is not valid.': t('L’adresse n’est pas valide.', 'العنوان غير صالح.'),
  'The URL is longer than 2048 characters.': t(
    'L’adresse dépasse 2048 caractères.',
    'يتجاوز العنوان 2048 حرفًا.',
  ),
  'The URL must use https.': t('L’adresse doit utiliser https.', 'يجب أن يستخدم العنوان https.'),
  'The URL must not carry a user name or password.': t(
    'L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.',
    'يجب ألا يتضمن العنوان اسم مستخدم أو كلمة مرور.',
  ),
  'http: is allowed to loopback only (outside production); use https.': t(
    'http: n’est permis que vers la boucle locale (hors production) ; utilisez https.',
    'لا يُسمح بـ http: إلا نحو عنوان الاسترجاع المحلي (خارج بيئة الإنتاج)؛ استخدم https.',
  ),
  'The URL must not have a fragment.': t(
    'L’adresse ne doit pas avoir de fragment (#…).',
    'يجب ألا يحتوي العنوان على جزء (#…).',
  ),

  // Projects.
  'No beneficiary has this id': t('Aucun bénéficiaire n’a cet identifiant', 'لا يوجد مستفيد بهذا المعرّف'),
  'This beneficiary is not linked to this project': t(
    'Ce bénéficiaire n’est pas lié à ce projet',
    'هذا المستفيد غير مرتبط بهذا المشروع',
  ),
  'Already a beneficiary of this project': t(
    'Déjà bénéficiaire de ce projet',
    'مستفيد من هذا المشروع بالفعل',
  ),
  'This company (same ICE) is already linked to this project; unlink it first to record another support': t(
    'Cette entreprise (même ICE) est déjà liée à ce projet ; détachez-la d’abord pour enregistrer un autre soutien',
    'هذه الشركة (بنفس ICE) مرتبطة بهذا المشروع بالفعل؛ افصلها أولًا لتسجيل دعم آخر',
  ),
  'Only Root corrects the registry': t('Seul Root corrige le registre', 'لا يصحّح السجل إلا Root'),
  'The file is recorded but its content is missing; the administrators have been told.': t(
    'Le fichier est enregistré mais son contenu manque ; les administrateurs ont été prévenus.',
    'الملف مسجَّل لكن محتواه مفقود؛ وقد أُبلغ المسؤولون.',
  ),
  'This deliverable cannot move to that status': t(
    'Ce livrable ne peut pas passer à ce statut',
    'لا يمكن نقل هذا المُخرَج إلى هذه الحالة',
  ),
  'This deliverable cannot change now': t(
    'Ce livrable ne peut pas être modifié maintenant',
    'لا يمكن تعديل هذا المُخرَج الآن',
  ),
  'It was accepted: it stays as the reviewers accepted it.': t(
    'Il a été accepté : il reste tel que les relecteurs l’ont accepté.',
    'تم قبوله: يبقى كما قبله المراجعون.',
  ),
  'It is with the reviewers: it changes again if they reject it.': t(
    'Il est chez les relecteurs : il redevient modifiable s’ils le refusent.',
    'إنه قيد المراجعة: يصبح قابلًا للتعديل مجددًا إذا رفضه المراجعون.',
  ),
  'Only a model evaluation has evaluation results': t(
    'Seule une évaluation de modèle a des résultats d’évaluation',
    'لا تحتوي على نتائج تقييم إلا مُخرَجات تقييم النماذج',
  ),
  'No such project.': t('Ce projet n’existe pas.', 'هذا المشروع غير موجود.'),
  'You can read this project, not change it': t(
    'Vous pouvez lire ce projet, pas le modifier',
    'يمكنك قراءة هذا المشروع دون تعديله',
  ),
  'Only institutes run projects; partners and Root take part in and follow them.': t(
    'Seuls les instituts mènent des projets ; les partenaires et Root y prennent part et les suivent.',
    'لا يدير المشاريع إلا المعاهد؛ أما الشركاء وRoot فيشاركون فيها ويتابعونها.',
  ),
  'The project changed since you read it': t(
    'Le projet a changé depuis que vous l’avez lu',
    'تغيّر المشروع منذ أن قرأته',
  ),
  'Only the institute managers and the members of the project team change it.': t(
    'Seuls les responsables de l’institut et les membres de l’équipe du projet le modifient.',
    'لا يعدّله إلا مسؤولو المعهد وأعضاء فريق المشروع.',
  ),
  'Only the institute that owns a project changes it.': t(
    'Seul l’institut qui porte un projet le modifie.',
    'لا يعدّل المشروع إلا المعهد المالك له.',
  ),
  'Only the managers of the institute that owns the project do this.': t(
    'Seuls les responsables de l’institut qui porte le projet font cela.',
    'لا يقوم بهذا إلا مسؤولو المعهد المالك للمشروع.',
  ),

  // Reports.
  'A national report is for Root staff who read the national dashboard.': t(
    'Un rapport national est réservé au personnel de Root qui lit le tableau de bord national.',
    'التقرير الوطني مخصص لفريق Root الذي يطّلع على لوحة المتابعة الوطنية.',
  ),
  'The report is not ready': t('Le rapport n’est pas prêt', 'التقرير غير جاهز'),
  'Only a failed report is retried': t('Seul un rapport en échec est relancé', 'لا يُعاد إلا التقرير الفاشل'),
  'The report has expired': t('Le rapport a expiré', 'انتهت صلاحية التقرير'),
  'Its download period is over: request the report again.': t(
    'Sa période de téléchargement est terminée : demandez à nouveau le rapport.',
    'انتهت فترة تنزيله: اطلب التقرير من جديد.',
  ),
  "The report's file cannot be found in storage": t(
    'Le fichier du rapport est introuvable dans le stockage',
    'تعذّر العثور على ملف التقرير في التخزين',
  ),
  'The report is recorded but its file is missing; request it again.': t(
    'Le rapport est enregistré mais son fichier manque ; demandez-le à nouveau.',
    'التقرير مسجَّل لكن ملفه مفقود؛ اطلبه من جديد.',
  ),
  'This download link is not valid': t(
    'Ce lien de téléchargement n’est pas valide',
    'رابط التنزيل هذا غير صالح',
  ),
  "Open the report's page and download it from there.": t(
    'Ouvrez la page du rapport et téléchargez-le depuis celle-ci.',
    'افتح صفحة التقرير ونزّله منها.',
  ),
  'This download link has expired': t('Ce lien de téléchargement a expiré', 'انتهت صلاحية رابط التنزيل هذا'),
  "A download link works for a few minutes: open the report's page and download it again.": t(
    'Un lien de téléchargement n’est valable que quelques minutes : ouvrez la page du rapport et téléchargez-le à nouveau.',
    'لا يعمل رابط التنزيل إلا بضع دقائق: افتح صفحة التقرير ونزّله من جديد.',
  ),

  // Resources.
  'No such resource.': t('Cette ressource n’existe pas.', 'هذا المورد غير موجود.'),
  'No such allocation.': t('Cette attribution n’existe pas.', 'هذا التخصيص غير موجود.'),
  'No such booking.': t('Cette réservation n’existe pas.', 'هذا الحجز غير موجود.'),
  'You can read this, not change it': t(
    'Vous pouvez lire ceci, pas le modifier',
    'يمكنك قراءة هذا دون تعديله',
  ),
  'Only Root and institutes publish shared resources.': t(
    'Seuls Root et les instituts publient des ressources partagées.',
    'لا ينشر الموارد المشتركة إلا Root والمعاهد.',
  ),
  'It changed since you read it': t('Cela a changé depuis que vous l’avez lu', 'تغيّر هذا منذ أن قرأته'),
  'This move is not allowed now': t(
    'Cette action n’est pas permise maintenant',
    'هذا الإجراء غير مسموح به الآن',
  ),
  'This resource takes no requests or bookings now': t(
    'Cette ressource ne prend ni demandes ni réservations en ce moment',
    'لا يقبل هذا المورد طلبات أو حجوزات حاليًا',
  ),
  'Accept the current terms of use': t(
    'Acceptez les conditions d’utilisation en vigueur',
    'اقبل شروط الاستخدام السارية',
  ),
  'Not enough capacity left in this period': t(
    'Capacité restante insuffisante sur cette période',
    'السعة المتبقية في هذه الفترة غير كافية',
  ),
  "Beyond the requesting tenant's fair share": t(
    'Au-delà de la part équitable de l’organisation demandeuse',
    'يتجاوز الحصة العادلة للمؤسسة الطالبة',
  ),
  'Usage is recorded against an active allocation only': t(
    'La consommation ne s’enregistre que sur une attribution active',
    'لا يُسجَّل الاستهلاك إلا على تخصيص نشط',
  ),
  'More than the allocation has left': t(
    'Plus que ce qu’il reste sur l’attribution',
    'أكثر مما تبقى في التخصيص',
  ),
  'This resource is not booked by time slot': t(
    'Cette ressource ne se réserve pas par créneau',
    'لا يُحجز هذا المورد بفترات زمنية',
  ),
  'Bookings are for slot-based resources (labs, equipment, dedicated nodes).': t(
    'Les réservations concernent les ressources par créneau (laboratoires, équipements, nœuds dédiés).',
    'الحجوزات مخصصة للموارد التي تُحجز بفترات زمنية (المختبرات والمعدات والعُقد المخصصة).',
  ),
  'Book inside one of your active allocations': t(
    'Réservez dans l’une de vos attributions actives',
    'احجز ضمن أحد تخصيصاتك النشطة',
  ),
  'This resource is booked only within an approved allocation of your tenant: name it in allocationId.': t(
    'Cette ressource ne se réserve que dans une attribution approuvée de votre organisation : indiquez-la dans allocationId.',
    'لا يُحجز هذا المورد إلا ضمن تخصيص موافق عليه لمؤسستك: حدّده في allocationId.',
  ),
  'The slot is outside the allocation': t(
    'Le créneau est en dehors de l’attribution',
    'الفترة خارج نطاق التخصيص',
  ),
  'This slot is already booked': t('Ce créneau est déjà réservé', 'هذه الفترة محجوزة بالفعل'),
  'Another booking of this resource overlaps the time you asked for.': t(
    'Une autre réservation de cette ressource chevauche l’horaire demandé.',
    'يتداخل حجز آخر لهذا المورد مع الوقت الذي طلبته.',
  ),
  'This booking is already cancelled': t('Cette réservation est déjà annulée', 'هذا الحجز ملغى بالفعل'),
  'A cancelled booking stays cancelled.': t('Une réservation annulée le reste.', 'يبقى الحجز الملغى ملغى.'),
  'Only the tenant that asked for an allocation withdraws its request.': t(
    'Seule l’organisation qui a demandé une attribution retire sa demande.',
    'لا يسحب طلب التخصيص إلا المؤسسة التي قدّمته.',
  ),
  "This large request waits for Root's approval.": t(
    'Cette demande importante attend l’approbation de Root.',
    'هذا الطلب الكبير بانتظار موافقة Root.',
  ),
  "Only the owner's managers decide allocations.": t(
    'Seuls les responsables du propriétaire décident des attributions.',
    'لا يبتّ في التخصيصات إلا مسؤولو الجهة المالكة.',
  ),
  'Only the tenant that owns the resource decides its allocations.': t(
    'Seule l’organisation propriétaire de la ressource décide de ses attributions.',
    'لا يبتّ في تخصيصات المورد إلا المؤسسة المالكة له.',
  ),
  'Only the owner and the requesting tenant record usage.': t(
    'Seuls le propriétaire et l’organisation demandeuse enregistrent la consommation.',
    'لا يسجّل الاستهلاك إلا المالك والمؤسسة الطالبة.',
  ),
  'Only who booked, their managers, or the owner cancel a booking.': t(
    'Seuls l’auteur de la réservation, ses responsables ou le propriétaire annulent une réservation.',
    'لا يلغي الحجز إلا صاحبه أو مسؤولوه أو المالك.',
  ),
  "Only the owner's managers change a resource.": t(
    'Seuls les responsables du propriétaire modifient une ressource.',
    'لا يعدّل المورد إلا مسؤولو الجهة المالكة.',
  ),
  'Only the tenant that owns a resource changes it.': t(
    'Seule l’organisation propriétaire d’une ressource la modifie.',
    'لا يعدّل المورد إلا المؤسسة المالكة له.',
  ),
  "Only the owner's managers or Root set this.": t(
    'Seuls les responsables du propriétaire ou Root fixent cela.',
    'لا يحدّد هذا إلا مسؤولو الجهة المالكة أو Root.',
  ),

  // Workshops.
  'Only the managers of the organising and co-organising tenants manage a workshop.': t(
    'Seuls les responsables des organisations organisatrices et co-organisatrices gèrent un atelier.',
    'لا يدير الورشة إلا مسؤولو المؤسسات المنظِّمة والمشاركة في التنظيم.',
  ),
  'People register for workshops organised by, or open to, the tenant they are signed in to.': t(
    'On s’inscrit aux ateliers organisés par l’organisation dans laquelle on est connecté, ou ouverts à elle.',
    'يسجّل الأشخاص في الورشات التي تنظمها المؤسسة التي سجّلوا الدخول إليها أو المفتوحة لها.',
  ),
  'A workshop is marked held once it has started.': t(
    'Un atelier est marqué comme tenu une fois commencé.',
    'لا تُعلَّم الورشة منعقدةً إلا بعد أن تبدأ.',
  ),
  'You have no registration for this workshop.': t(
    'Vous n’avez pas d’inscription à cet atelier.',
    'ليس لديك تسجيل في هذه الورشة.',
  ),
  'You have no invitation to this workshop waiting for an answer.': t(
    'Vous n’avez pas d’invitation à cet atelier en attente de réponse.',
    'ليست لديك دعوة إلى هذه الورشة بانتظار الرد.',
  ),
  'Check-in opens 2 hours before the start and closes 12 hours after the end of a published or held workshop.':
    t(
      'L’enregistrement de présence ouvre 2 heures avant le début et ferme 12 heures après la fin d’un atelier publié ou tenu.',
      'يُفتح تسجيل الحضور قبل ساعتين من البداية ويُغلق بعد 12 ساعة من نهاية ورشة منشورة أو منعقدة.',
    ),
  'The code is the one shown at the venue.': t(
    'Le code est celui affiché sur place.',
    'الرمز هو المعروض في مكان الورشة.',
  ),
  'Ask an organiser to check you in.': t(
    'Demandez à un organisateur d’enregistrer votre présence.',
    'اطلب من أحد المنظمين تسجيل حضورك.',
  ),
  'Certificates are for the people who checked in.': t(
    'Les attestations sont pour les personnes dont la présence a été enregistrée.',
    'الشهادات مخصصة للأشخاص الذين سُجّل حضورهم.',
  ),
  'Write the minutes first.': t('Rédigez d’abord le compte rendu.', 'اكتب المحضر أولًا.'),
  'no such convention obligation': t(
    'cette obligation de convention n’existe pas',
    'التزام الاتفاقية هذا غير موجود',
  ),
  'only the obligation’s responsible party or the convention’s owner links evidence to it': t(
    'seule la partie responsable de l’obligation ou le porteur de la convention y lie une preuve',
    'لا يربط دليلًا بالالتزام إلا الطرف المسؤول عنه أو مالك الاتفاقية',
  ),
  'no such deliverable': t('ce livrable n’existe pas', 'هذا المُخرَج غير موجود'),
  'You can read this workshop, not manage it': t(
    'Vous pouvez lire cet atelier, pas le gérer',
    'يمكنك قراءة هذه الورشة دون إدارتها',
  ),
  'Your tenant is not in this workshop’s audience': t(
    'Votre organisation ne fait pas partie du public de cet atelier',
    'مؤسستك ليست ضمن جمهور هذه الورشة',
  ),
  'The workshop has not started': t('L’atelier n’a pas commencé', 'لم تبدأ الورشة بعد'),
  'This workshop no longer changes': t(
    'Cet atelier n’est plus modifiable',
    'لم تعد هذه الورشة قابلة للتعديل',
  ),
  'Registration is closed': t('Les inscriptions sont closes', 'التسجيل مغلق'),
  'You are already registered': t('Vous êtes déjà inscrit', 'أنت مسجّل بالفعل'),
  'You hold no place at this workshop': t(
    'Vous n’avez pas de place à cet atelier',
    'ليس لديك مقعد في هذه الورشة',
  ),
  'No open invitation': t('Aucune invitation en attente', 'لا توجد دعوة مفتوحة'),
  'Check-in is closed': t('L’enregistrement de présence est fermé', 'تسجيل الحضور مغلق'),
  'Wrong check-in code': t('Code de présence incorrect', 'رمز الحضور غير صحيح'),
  'Too many wrong codes': t('Trop de codes incorrects', 'رموز خاطئة كثيرة جدًا'),
  'No attendance recorded': t('Aucune présence enregistrée', 'لم يُسجَّل أي حضور'),
  'The workshop is not held': t('L’atelier n’est pas tenu', 'الورشة غير منعقدة'),
  'No minutes to publish': t('Aucun compte rendu à publier', 'لا يوجد محضر للنشر'),
  'A reference is not valid': t('Une référence n’est pas valide', 'أحد المراجع غير صالح'),
  'More people are registered than this capacity': t(
    'Plus de personnes sont inscrites que cette capacité',
    'عدد المسجّلين يفوق هذه السعة',
  ),
  'The workshop changed since you read it': t(
    'L’atelier a changé depuis que vous l’avez lu',
    'تغيّرت الورشة منذ أن قرأتها',
  ),
  // Field messages written by hand (a `validation-failed` problem's `errors[].messages`).
  'each tenant is a party once': t(
    'chaque organisation n’est partie qu’une fois',
    'كل مؤسسة طرف مرة واحدة فقط',
  ),
  'name the file in ?filename= or in a Content-Disposition header': t(
    'nommez le fichier dans ?filename= ou dans un en-tête Content-Disposition',
    'سمِّ الملف في ?filename= أو في ترويسة Content-Disposition',
  ),
  'category is named twice': t('la catégorie est citée deux fois', 'الفئة مذكورة مرتين'),
  'endsOn is before startsOn': t('endsOn précède startsOn', 'endsOn يسبق startsOn'),
  'endsOn is in the past': t('endsOn est dans le passé', 'endsOn تاريخ في الماضي'),
  'quantity must be more than 0': t('quantity doit être supérieure à 0', 'يجب أن تكون quantity أكبر من 0'),
  "projectId is not one of your tenant's projects": t(
    'projectId n’est pas un projet de votre organisation',
    'projectId ليس من مشاريع مؤسستك',
  ),
  'occurredAt is in the future': t('occurredAt est dans le futur', 'occurredAt تاريخ في المستقبل'),
  'endsAt must be after startsAt': t(
    'endsAt doit être postérieur à startsAt',
    'يجب أن يكون endsAt بعد startsAt',
  ),
  'the slot is over': t('le créneau est passé', 'انقضت الفترة'),
  'allocationId is not an approved allocation of yours on this resource': t(
    'allocationId n’est pas une attribution approuvée de votre organisation sur cette ressource',
    'allocationId ليس تخصيصًا موافقًا عليه لمؤسستك على هذا المورد',
  ),
  'to must be after from': t('to doit être postérieur à from', 'يجب أن يكون to بعد from'),
  'a tenant is listed twice': t('une organisation est citée deux fois', 'مؤسسة مذكورة مرتين'),
  'no such active tenant': t('organisation inconnue ou inactive', 'مؤسسة غير موجودة أو غير نشطة'),
  'capacity must be more than 0': t('capacity doit être supérieure à 0', 'يجب أن تكون capacity أكبر من 0'),
  'defaultShare must be more than 0': t(
    'defaultShare doit être supérieure à 0',
    'يجب أن تكون defaultShare أكبر من 0',
  ),
  'largeRequestThreshold must be more than 0': t(
    'largeRequestThreshold doit être supérieur à 0',
    'يجب أن يكون largeRequestThreshold أكبر من 0',
  ),
  'only a bookable resource may be booked directly': t(
    'seule une ressource réservable peut être réservée directement',
    'لا يُحجز مباشرةً إلا مورد قابل للحجز',
  ),
  'no such region': t('région inconnue', 'جهة غير معروفة'),
  'visibleTo is for visibility "listed" only': t(
    'visibleTo ne vaut que pour la visibilité « listed »',
    'visibleTo خاص بالظهور "listed" فقط',
  ),
  'not an IANA time zone': t('ce n’est pas un fuseau horaire IANA', 'ليست منطقة زمنية من IANA'),
  'give a venue, an online link, or both': t(
    'indiquez un lieu, un lien en ligne, ou les deux',
    'حدّد مكانًا أو رابطًا على الإنترنت أو كليهما',
  ),
  'must be after registrationOpensAt': t(
    'doit être postérieur à registrationOpensAt',
    'يجب أن يكون بعد registrationOpensAt',
  ),
  'must not be after the end': t('ne doit pas être après la fin', 'يجب ألا يكون بعد النهاية'),
  'the organiser is not its own participant': t(
    'l’organisateur n’est pas son propre participant',
    'لا يكون المنظِّم مشاركًا لدى نفسه',
  ),
  'a co-organiser is not also audience': t(
    'un co-organisateur ne fait pas aussi partie du public',
    'لا يكون المنظِّم المشارك ضمن الجمهور أيضًا',
  ),
  'no such person in your tenant': t(
    'cette personne n’est pas dans votre organisation',
    'هذا الشخص ليس في مؤسستك',
  ),
  'tenantId is not allowed for a national report': t(
    'tenantId n’est pas permis pour un rapport national',
    'tenantId غير مسموح به في تقرير وطني',
  ),
  'must be a month written YYYY-MM': t('doit être un mois écrit AAAA-MM', 'يجب أن يكون شهرًا بصيغة YYYY-MM'),
  'must not be after to': t('ne doit pas être après to', 'يجب ألا يكون بعد to'),
  'must be an institute id (UUID)': t(
    'doit être l’identifiant d’un institut (UUID)',
    'يجب أن يكون معرّف معهد (UUID)',
  ),
  'is not a region code': t('n’est pas un code de région', 'ليس رمز جهة'),
  'is not a national priority code': t('n’est pas un code de priorité nationale', 'ليس رمز أولوية وطنية'),
  'is not an institute': t('n’est pas un institut', 'ليس معهدًا'),
};

/**
 * Texts with values: `{name}` in the English stands for a value the code puts there; the French and
 * Arabic put it where it reads well. Values are shown as PROBLEM_VALUES (or the entry's own `values`)
 * has them, else as they are (ids, numbers, dates).
 */
export interface TemplateTranslation extends Translation {
  readonly values?: Readonly<Record<string, Translation>>;
}

const STATUS = '« {status} »';

/** Allocation moves as past participles of a feminine noun (« une attribution … approuvée »). */
const ALLOCATION_MOVES: Readonly<Record<string, Translation>> = {
  approved: t('approuvée', 'الموافقة على'),
  rejected: t('refusée', 'رفض'),
  revoked: t('révoquée', 'إلغاء'),
  withdrawn: t('retirée', 'سحب'),
};

export const PROBLEM_TEMPLATES: Readonly<Record<string, TemplateTranslation>> = {
  // Transitions (conventions, projects, workshops, deliverables).
  'A {from} convention is final: it cannot become {to}.': t(
    'Une convention « {from} » est définitive : elle ne peut pas passer à « {to} ».',
    'الاتفاقية في حالة «{from}» نهائية: لا يمكن أن تصبح «{to}».',
  ),
  'A {from} convention cannot become {to}; it can become {allowed}.': t(
    'Une convention « {from} » ne peut pas passer à « {to} » ; elle peut passer à : {allowed}.',
    'لا يمكن لاتفاقية في حالة «{from}» أن تصبح «{to}»؛ يمكن أن تصبح: {allowed}.',
  ),
  'A {from} project is final: it cannot become {to}.': t(
    'Un projet « {from} » est définitif : il ne peut pas passer à « {to} ».',
    'المشروع في حالة «{from}» نهائي: لا يمكن أن يصبح «{to}».',
  ),
  'A {from} project cannot become {to}; it can become {allowed}.': t(
    'Un projet « {from} » ne peut pas passer à « {to} » ; il peut passer à : {allowed}.',
    'لا يمكن لمشروع في حالة «{from}» أن يصبح «{to}»؛ يمكن أن يصبح: {allowed}.',
  ),
  'A {from} workshop is final: it cannot become {to}.': t(
    'Un atelier « {from} » est définitif : il ne peut pas passer à « {to} ».',
    'الورشة في حالة «{from}» نهائية: لا يمكن أن تصبح «{to}».',
  ),
  'A {from} workshop cannot become {to}; it can become {allowed}.': t(
    'Un atelier « {from} » ne peut pas passer à « {to} » ; il peut passer à : {allowed}.',
    'لا يمكن لورشة في حالة «{from}» أن تصبح «{to}»؛ يمكن أن تصبح: {allowed}.',
  ),
  'A {from} deliverable cannot become {to}.': t(
    'Un livrable « {from} » ne peut pas passer à « {to} ».',
    'لا يمكن لمُخرَج في حالة «{from}» أن يصبح «{to}».',
  ),
  'An allocation that is {status} cannot be {move}.': {
    ...t(
      `Une attribution à l’état ${STATUS} ne peut pas être {move}.`,
      'لا يمكن {move} تخصيص في حالة «{status}».',
    ),
    values: ALLOCATION_MOVES,
  },
  'A {status} convention is not edited; only a draft is.': t(
    `Une convention ${STATUS} ne se modifie pas ; seul un brouillon se modifie.`,
    'لا تُعدَّل اتفاقية في حالة «{status}»؛ لا تُعدَّل إلا المسودة.',
  ),
  "A {status} convention's document no longer changes.": t(
    `Le document d’une convention ${STATUS} ne change plus.`,
    'لم يعد مستند اتفاقية في حالة «{status}» قابلًا للتغيير.',
  ),

  // Statuses.
  'This convention is {status}.': t(
    `Cette convention est à l’état ${STATUS}.`,
    'هذه الاتفاقية في حالة «{status}».',
  ),
  'Obligations are added and changed while a convention is draft, in review, out for signature or active; this one is {status}.':
    t(
      `Les obligations s’ajoutent et se modifient tant qu’une convention est en brouillon, en relecture, en signature ou en vigueur ; celle-ci est à l’état ${STATUS}.`,
      'تُضاف الالتزامات وتُعدَّل ما دامت الاتفاقية مسودة أو قيد المراجعة أو قيد التوقيع أو سارية؛ وهذه في حالة «{status}».',
    ),
  'The obligation is {status}: it no longer changes.': t(
    `L’obligation est à l’état ${STATUS} : elle ne change plus.`,
    'الالتزام في حالة «{status}»: لم يعد يتغيّر.',
  ),
  'The convention is {status}; this needs {expected}.': t(
    `La convention est à l’état ${STATUS} ; il faut « {expected} ».`,
    'الاتفاقية في حالة «{status}»؛ ويتطلب هذا حالة «{expected}».',
  ),
  'The resource is {status}.': t(`La ressource est à l’état ${STATUS}.`, 'المورد في حالة «{status}».'),
  'The allocation is {status}.': t(`L’attribution est à l’état ${STATUS}.`, 'التخصيص في حالة «{status}».'),
  'The report is {status}: download it once its status is ready.': t(
    `Le rapport est à l’état ${STATUS} : téléchargez-le quand il sera prêt.`,
    'التقرير في حالة «{status}»: نزّله عندما يصبح جاهزًا.',
  ),
  'The linked {kind} is {status}: an obligation is met with an accepted deliverable, a done milestone or a held workshop.':
    t(
      `L’élément lié ({kind}) est à l’état ${STATUS} : une obligation est remplie par un livrable accepté, un jalon atteint ou un atelier tenu.`,
      'العنصر المرتبط ({kind}) في حالة «{status}»: يتحقق الالتزام بمُخرَج مقبول أو مرحلة منجزة أو ورشة منعقدة.',
    ),
  'The report is {status}.': t(`Le rapport est à l’état ${STATUS}.`, 'التقرير في حالة «{status}».'),
  'Its details change while it is draft or published; it is {status}.': t(
    `Ses informations se modifient tant qu’il est en brouillon ou publié ; il est à l’état ${STATUS}.`,
    'تُعدَّل بياناتها ما دامت مسودة أو منشورة؛ وهي في حالة «{status}».',
  ),
  'Your registration is {status}.': t(
    `Votre inscription est à l’état ${STATUS}.`,
    'تسجيلك في حالة «{status}».',
  ),
  'Minutes are published once the workshop is held; it is {status}.': t(
    `Le compte rendu se publie une fois l’atelier tenu ; il est à l’état ${STATUS}.`,
    'يُنشر المحضر بعد انعقاد الورشة؛ وهي في حالة «{status}».',
  ),
  'The workshop is {status}.': t(`L’atelier est à l’état ${STATUS}.`, 'الورشة في حالة «{status}».'),
  'Invitations go out for published workshops; this one is {status}.': t(
    `Les invitations partent pour les ateliers publiés ; celui-ci est à l’état ${STATUS}.`,
    'تُرسَل الدعوات للورشات المنشورة؛ وهذه في حالة «{status}».',
  ),
  'This failed job was {resolution} at {at}.': t(
    'Cette tâche en échec a déjà été traitée (« {resolution} ») le {at}.',
    'سبقت معالجة هذه المهمة الفاشلة («{resolution}») في {at}.',
  ),
  'Job {job} of queue {queue} is no longer in the failed state (retried already, or running).': t(
    'La tâche {job} de la file {queue} n’est plus en échec (déjà relancée, ou en cours).',
    'المهمة {job} في الطابور {queue} لم تعد في حالة فشل (أُعيدت بالفعل، أو قيد التنفيذ).',
  ),

  // Versions.
  'Send If-Match with the ETag of the convention you read (now {etag}): several people edit conventions.': t(
    'Envoyez If-Match avec l’ETag de la convention que vous avez lue (actuellement {etag}) : plusieurs personnes modifient les conventions.',
    'أرسل If-Match مع ETag الاتفاقية التي قرأتها (حاليًا {etag}): يعدّل الاتفاقيات عدة أشخاص.',
  ),
  'If-Match does not name the current version ({etag}); reload the convention and apply your change again.':
    t(
      'If-Match ne désigne pas la version actuelle ({etag}) ; rechargez la convention et refaites votre modification.',
      'If-Match لا يشير إلى النسخة الحالية ({etag})؛ أعد تحميل الاتفاقية وطبّق تعديلك من جديد.',
    ),
  'If-Match does not name the current version ({etag}); reload the project and apply your change again.': t(
    'If-Match ne désigne pas la version actuelle ({etag}) ; rechargez le projet et refaites votre modification.',
    'If-Match لا يشير إلى النسخة الحالية ({etag})؛ أعد تحميل المشروع وطبّق تعديلك من جديد.',
  ),
  'If-Match does not name the current version ({etag}); reload and apply your change again.': t(
    'If-Match ne désigne pas la version actuelle ({etag}) ; rechargez et refaites votre modification.',
    'If-Match لا يشير إلى النسخة الحالية ({etag})؛ أعد التحميل وطبّق تعديلك من جديد.',
  ),
  'If-Match does not name the current version ("{version}"); reload and apply your change again.': t(
    'If-Match ne désigne pas la version actuelle (« {version} ») ; rechargez et refaites votre modification.',
    'If-Match لا يشير إلى النسخة الحالية ("{version}")؛ أعد التحميل وطبّق تعديلك من جديد.',
  ),
  'Send If-Match with the ETag you read (now {etag}).': t(
    'Envoyez If-Match avec l’ETag que vous avez lu (actuellement {etag}).',
    'أرسل If-Match مع ETag الذي قرأته (حاليًا {etag}).',
  ),

  // Conventions: signers.
  'No signer for {count} part{plural}.': t(
    'Aucun signataire pour {count} partie(s).',
    'لا يوجد موقّع لعدد {count} من الأطراف.',
  ),
  '{count} signer(s) are not members of party {party}.': t(
    '{count} signataire(s) ne sont pas membres de la partie {party}.',
    '{count} من الموقّعين ليسوا أعضاء في الطرف {party}.',
  ),
  '{field} is not a party to this convention': t(
    '{field} n’est pas partie à cette convention',
    '{field} ليس طرفًا في هذه الاتفاقية',
  ),
  '{field} names the same person for the same party twice': t(
    '{field} désigne deux fois la même personne pour la même partie',
    '{field} يعيّن الشخص نفسه مرتين للطرف نفسه',
  ),
  'Step {step} is signing; yours comes later.': t(
    'L’étape {step} est en cours de signature ; la vôtre vient plus tard.',
    'المرحلة {step} قيد التوقيع؛ ودورك يأتي لاحقًا.',
  ),

  // Operations, uploads, routes.
  'No queue "{queue}".': t('Aucune file « {queue} ».', 'لا يوجد طابور "{queue}".'),
  'A file may have at most {bytes} bytes.': t(
    'Un fichier fait au plus {bytes} octets.',
    'لا يتجاوز حجم الملف {bytes} بايت.',
  ),
  'No route for GET {path}': t('Aucune route GET {path}', 'لا يوجد مسار GET {path}'),
  '{type} is not one of the accepted file types.': t(
    '{type} ne fait pas partie des types de fichiers acceptés.',
    '{type} ليس من أنواع الملفات المقبولة.',
  ),
  "The file's content is not {type}.": t(
    'Le contenu du fichier n’est pas du {type}.',
    'محتوى الملف ليس من نوع {type}.',
  ),
  '{type} is not a PDF.': t('{type} n’est pas un PDF.', '{type} ليس ملف PDF.'),

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

  // Network.
  'Another tenant already uses the slug "{slug}"': t(
    'Une autre organisation utilise déjà l’identifiant « {slug} »',
    'مؤسسة أخرى تستخدم المعرّف "{slug}" بالفعل',
  ),
  'No region has the code "{code}"': t('Aucune région n’a le code « {code} »', 'لا توجد جهة بالرمز "{code}"'),
  'An institute cannot be left without {missing}': t(
    'Un institut ne peut pas rester sans {missing}',
    'لا يمكن ترك المعهد دون {missing}',
  ),
  'No national priority has the code "{code}"': t(
    'Aucune priorité nationale n’a le code « {code} »',
    'لا توجد أولوية وطنية بالرمز "{code}"',
  ),
  'No thematic domain has the code "{code}"': t(
    'Aucun domaine thématique n’a le code « {code} »',
    'لا يوجد مجال موضوعي بالرمز "{code}"',
  ),
  '"{code}" is already used (codes are never reused, even once deactivated)': t(
    '« {code} » est déjà utilisé (un code n’est jamais réutilisé, même désactivé)',
    '"{code}" مستخدم بالفعل (لا يُعاد استخدام الرموز أبدًا، حتى بعد تعطيلها)',
  ),
  'Only Root {what}': t('Seul Root {what}', 'لا يحقّ إلا لـRoot {what}'),

  // Notifications and webhooks.
  'Every "{category}" notification asks you to act: it always reaches your inbox.': t(
    'Chaque notification « {category} » vous demande d’agir : elle arrive toujours dans votre boîte de réception.',
    'كل إشعار من فئة "{category}" يطلب منك إجراءً: يصل دائمًا إلى صندوق الوارد.',
  ),
  '"{category}" notifications are urgent: they are e-mailed at once or not at all.': t(
    'Les notifications « {category} » sont urgentes : elles sont envoyées par e-mail tout de suite ou pas du tout.',
    'إشعارات "{category}" عاجلة: تُرسل بالبريد الإلكتروني فورًا أو لا تُرسل إطلاقًا.',
  ),
  'The host {host} could not be resolved ({code}).': t(
    'L’hôte {host} n’a pas pu être résolu ({code}).',
    'تعذّر تحليل اسم المضيف {host} ({code}).',
  ),
  'The host {host} has no address.': t('L’hôte {host} n’a pas d’adresse.', 'ليس للمضيف {host} أي عنوان.'),
  'The host resolves to {address}, a private or reserved address.': t(
    'L’hôte pointe vers {address}, une adresse privée ou réservée.',
    'يشير المضيف إلى {address}، وهو عنوان خاص أو محجوز.',
  ),
  'http: is allowed to loopback only, and the host resolves to {address}.': t(
    'http: n’est permis que vers la boucle locale, et l’hôte pointe vers {address}.',
    'لا يُسمح بـ http: إلا نحو عنوان الاسترجاع المحلي، والمضيف يشير إلى {address}.',
  ),
  'These are not events of the notification catalogue: {types}.': t(
    'Ce ne sont pas des événements du catalogue de notifications : {types}.',
    'هذه ليست أحداثًا من دليل الإشعارات: {types}.',
  ),

  // Projects, reports, workshops.
  'No such {what} in this project.': t(
    '{what} introuvable dans ce projet.',
    'تعذّر العثور على {what} في هذا المشروع.',
  ),
  'No such {what}.': t('{what} introuvable.', 'تعذّر العثور على {what}.'),
  'This deliverable is a {kind}; evaluation results belong to model_evaluation deliverables.': t(
    'Ce livrable est de type « {kind} » ; les résultats d’évaluation concernent les livrables model_evaluation.',
    'هذا المُخرَج من نوع «{kind}»؛ نتائج التقييم خاصة بمُخرَجات model_evaluation.',
  ),
  '{count} people hold a seat; cancel registrations before lowering the capacity.': t(
    '{count} personnes ont une place ; annulez des inscriptions avant de réduire la capacité.',
    'يشغل {count} أشخاص مقاعد؛ ألغِ بعض التسجيلات قبل تخفيض السعة.',
  ),
  'not an active tenant: {id}': t('organisation inconnue ou inactive : {id}', 'مؤسسة غير نشطة: {id}'),
  'no such project: {id}': t('projet inconnu : {id}', 'مشروع غير موجود: {id}'),
  'Registration opens at {at}.': t('Les inscriptions ouvrent le {at}.', 'يُفتح التسجيل في {at}.'),
  'Registration closed at {at}.': t('Les inscriptions ont fermé le {at}.', 'أُغلق التسجيل في {at}.'),

  // Resources.
  'Only Root lists allocations with view={view}.': t(
    'Seul Root liste les attributions avec view={view}.',
    'لا يعرض التخصيصات مع view={view} إلا Root.',
  ),
  "Send acceptTermsVersion: {version} after reading the resource's terms.": t(
    'Envoyez acceptTermsVersion: {version} après avoir lu les conditions de la ressource.',
    'أرسل acceptTermsVersion: {version} بعد قراءة شروط المورد.',
  ),
  '{remaining} {unit} remain of {capacity} in the period starting {start}; {requested} asked.': t(
    'Il reste {remaining} {unit} sur {capacity} pour la période commençant le {start} ; {requested} demandés.',
    'يتبقى {remaining} {unit} من أصل {capacity} في الفترة التي تبدأ في {start}؛ والمطلوب {requested}.',
  ),
  "{remaining} {unit} remain of the tenant's share of {share} in the period starting {start}; {requested} asked.":
    t(
      'Il reste {remaining} {unit} sur la part de {share} de l’organisation pour la période commençant le {start} ; {requested} demandés.',
      'يتبقى {remaining} {unit} من حصة المؤسسة البالغة {share} في الفترة التي تبدأ في {start}؛ والمطلوب {requested}.',
    ),
  '{remaining} {unit} remain of {approved}; {quantity} recorded.': t(
    'Il reste {remaining} {unit} sur {approved} ; {quantity} enregistrés.',
    'يتبقى {remaining} {unit} من أصل {approved}؛ والمسجَّل {quantity}.',
  ),
  'The allocation runs from {from} to {to} (network days).': t(
    'L’attribution court du {from} au {to} (jours du réseau).',
    'يسري التخصيص من {from} إلى {to} (أيام الشبكة).',
  ),
  // Field messages with values.
  'filename must be at most {max} characters': t(
    'filename compte au plus {max} caractères',
    'لا يتجاوز filename {max} حرفًا',
  ),
  '{field} must be a UUID': t('{field} doit être un UUID', 'يجب أن يكون {field} معرّف UUID'),
  'password must be at least {min} characters for a new account': t(
    'password doit compter au moins {min} caractères pour un nouveau compte',
    'يجب ألا تقل password عن {min} حرفًا لحساب جديد',
  ),
  '{field} is not a valid code': t('{field} n’est pas un code valide', '{field} ليس رمزًا صالحًا'),
  'there is no pillar "{code}" to put this sub-priority under': t(
    'il n’existe pas de pilier « {code} » sous lequel placer cette sous-priorité',
    'لا توجد ركيزة "{code}" لإدراج هذه الأولوية الفرعية تحتها',
  ),
  'quantity must be more than 0 and at most the {asked} asked': t(
    'quantity doit être supérieure à 0 et au plus égale aux {asked} demandés',
    'يجب أن تكون quantity أكبر من 0 ولا تتجاوز {asked} المطلوبة',
  ),
  'an allocation lies within one {period}: end by {end}': t(
    'une attribution tient dans une seule période ({period}) : finissez au plus tard le {end}',
    'يقع التخصيص ضمن فترة واحدة ({period}): اجعله ينتهي في {end} على الأكثر',
  ),
  'a booking lasts at most {days} days': t(
    'une réservation dure au plus {days} jours',
    'لا تتجاوز مدة الحجز {days} يومًا',
  ),
  '{field} is required': t('{field} est obligatoire', '{field} مطلوب'),
  'tenantId is required for a {scope} report': t(
    'tenantId est obligatoire pour un rapport « {scope} »',
    'tenantId مطلوب لتقرير من نوع «{scope}»',
  ),
  'the period spans at most {months} months': t(
    'la période couvre au plus {months} mois',
    'لا تتجاوز الفترة {months} شهرًا',
  ),
};

/** Values problems put in their texts — statuses, roles, kinds, things — as each language shows them. */
export const PROBLEM_VALUES: Readonly<Record<string, Translation>> = {
  // Statuses (as the name of a state).
  draft: t('brouillon', 'مسودة'),
  in_review: t('en relecture', 'قيد المراجعة'),
  out_for_signature: t('en signature', 'قيد التوقيع'),
  active: t('actif', 'نشط'),
  expired: t('expiré', 'منتهي الصلاحية'),
  terminated: t('résilié', 'مفسوخ'),
  declined: t('décliné', 'مرفوض'),
  voided: t('annulé', 'ملغى'),
  open: t('ouvert', 'مفتوح'),
  met: t('rempli', 'مستوفى'),
  waived: t('levé', 'متنازل عنه'),
  available: t('disponible', 'متاح'),
  maintenance: t('en maintenance', 'قيد الصيانة'),
  retired: t('retiré du service', 'خارج الخدمة'),
  pending: t('en attente', 'قيد الانتظار'),
  awaiting_root: t('en attente de Root', 'بانتظار Root'),
  approved: t('approuvé', 'موافق عليه'),
  rejected: t('refusé', 'مرفوض'),
  revoked: t('révoqué', 'ملغى'),
  withdrawn: t('retiré', 'مسحوب'),
  published: t('publié', 'منشور'),
  held: t('tenu', 'منعقد'),
  cancelled: t('annulé', 'ملغى'),
  invited: t('invité', 'مدعو'),
  registered: t('inscrit', 'مسجّل'),
  waitlisted: t('en liste d’attente', 'في قائمة الانتظار'),
  planned: t('prévu', 'مخطط'),
  submitted: t('soumis', 'مقدَّم'),
  accepted: t('accepté', 'مقبول'),
  proposed: t('proposé', 'مقترح'),
  on_hold: t('en pause', 'متوقف مؤقتًا'),
  completed: t('terminé', 'مكتمل'),
  queued: t('en file d’attente', 'في قائمة الانتظار'),
  running: t('en cours', 'قيد التنفيذ'),
  ready: t('prêt', 'جاهز'),
  failed: t('en échec', 'فاشل'),
  suspended: t('suspendu', 'معلّق'),
  retried: t('relancée', 'أُعيدت'),
  dismissed: t('écartée', 'استُبعدت'),
  'no signature recorded yet': t('aucune signature encore enregistrée', 'عدم تسجيل أي توقيع بعد'),
  // Roles and kinds of tenant.
  network_admin: t('administrateur du réseau', 'مسؤول الشبكة'),
  ministry_analyst: t('analyste du ministère', 'محلل الوزارة'),
  institute_manager: t('responsable d’institut', 'مسؤول المعهد'),
  researcher: t('chercheur', 'باحث'),
  partner_admin: t('administrateur partenaire', 'مسؤول الشريك'),
  partner_member: t('membre partenaire', 'عضو الشريك'),
  root: t('Root', 'Root'),
  institute: t('institut', 'معهد'),
  partner: t('partenaire', 'شريك'),
  // Things a "No such …" names.
  report: t('Rapport', 'التقرير'),
  schedule: t('Programmation', 'الجدولة'),
  tenant: t('Organisation', 'المؤسسة'),
  workshop: t('Atelier', 'الورشة'),
  registration: t('Inscription', 'التسجيل'),
  'action item': t('Action', 'الإجراء'),
  'calendar feed': t('Flux d’agenda', 'موجز التقويم'),
  deliverable: t('Livrable', 'المُخرَج'),
  file: t('Fichier', 'الملف'),
  milestone: t('Jalon', 'المرحلة'),
  'status report': t('Rapport d’avancement', 'تقرير التقدم'),
  kpi: t('Indicateur', 'المؤشر'),
  evaluation: t('Évaluation', 'التقييم'),
  // What Root alone does (reference data).
  'sees deactivated priorities': t('voit les priorités désactivées', 'رؤية الأولويات المعطّلة'),
  'manages the national priorities': t('gère les priorités nationales', 'إدارة الأولويات الوطنية'),
  'sees deactivated domains': t('voit les domaines désactivés', 'رؤية المجالات المعطّلة'),
  'manages the thematic domains': t('gère les domaines thématiques', 'إدارة المجالات الموضوعية'),
  // Periods of a resource.
  month: t('mois', 'شهر'),
  quarter: t('trimestre', 'ربع سنة'),
  year: t('année', 'سنة'),
  // Fields an institute needs.
  regionCode: t('région (regionCode)', 'الجهة (regionCode)'),
  city: t('ville (city)', 'المدينة (city)'),
};
