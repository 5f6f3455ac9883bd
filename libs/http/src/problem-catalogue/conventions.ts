// Conventions: documents, signers, obligations, amendments, evidence.
import { t, type Catalogue, type TemplateCatalogue } from './translation.js';

export const CONVENTIONS_PHRASES: Catalogue = {
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
};

export const CONVENTIONS_TEMPLATES: TemplateCatalogue = {
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
};
