/** The frame around every page. */
export const shell = {
  skipToContent: 'Aller au contenu',
  menu: 'Menu',
  navigation: 'Navigation principale',
  homeLink: 'Jazari, accueil',
  switchTenant: 'Changer d’organisation',
  switchTenantFrom: '{tenant} — changer d’organisation',
  switchFailed: 'Le changement d’organisation a échoué. Réessayez.',
  language: 'Langue : {language}',
  inbox:
    '{count, plural, =0 {Notifications, aucune non lue} one {Notifications, # non lue} other {Notifications, # non lues}}',
  account: 'Compte de {name}',
  profile: 'Mon profil',
  notificationSettings: 'Préférences de notification',
  signOut: 'Se déconnecter',
  foreignTenant:
    'Ce lien concerne une organisation dont vous n’êtes pas membre. Vous restez dans votre organisation actuelle.',
} as const;
