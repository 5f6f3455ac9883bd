// Notifications and webhooks.
import { t, type Catalogue, type TemplateCatalogue } from './translation.js';

export const NOTIFICATIONS_PHRASES: Catalogue = {
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
};

export const NOTIFICATIONS_TEMPLATES: TemplateCatalogue = {
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
};
