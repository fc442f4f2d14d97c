/** English text for sign-in, registration and the organiser's pages; the same keys as the Russian (the type check enforces it). */
import type { ruAccounts } from '../ru/accounts.ts';
import type { Messages } from '../messages.ts';

export const enAccounts: Messages<typeof ruAccounts> = {
  organiser: {
    nav: 'Organiser',
    title: 'Exhibitors and staff',
    lead: 'Add a new exhibitor, or choose one and invite a person to run its stand. The invitation link is shown once: pass it on to them.',
    openDashboard: 'Open the stand’s dashboard',
    access: {
      signInTitle: 'Sign in as an organiser',
      signInText:
        'This page is for the fair’s organisers. You will come back here after signing in.',
      notOrganiserTitle: 'For organisers',
      notOrganiserText:
        'Only the fair’s organisers add exhibitors and invite their staff. If you need access to a stand, ask the organisers for an invitation.',
    },
    create: {
      title: 'New exhibitor',
      lead: 'Fill in the exhibitor’s card, its products and links if you have them, and give the email of the person who will run the stand. They add the logo, video and files later in the stand’s dashboard.',
      open: 'Add an exhibitor',
      kind: 'Kind of exhibitor',
      name: 'Name',
      description: 'Description',
      region: 'Region',
      chooseRegion: 'Choose a region',
      topics: 'Stand topics',
      topicsHint:
        'Tick 1 to 10 topics: visitors find the stand by them in the directory and on the map.',
      colors: 'Stand colours',
      contacts: 'Contacts for visitors',
      contactsHint: 'Optional: they can be filled in later in the stand’s dashboard.',
      products: 'Products and services',
      productsHint:
        'Optional. Up to {{max}} items, in the order the stand shows them; they can be changed later in the stand’s dashboard.',
      productsFull: '{{max}} items added: that is the most a stand lists.',
      addProduct: 'Add a product or service',
      links: 'Links',
      linksHint:
        'Optional. Up to {{max}} links to the exhibitor’s pages (courses, programmes, price list): visitors find them in the stand’s materials.',
      linksFull:
        '{{max}} links added: that is the most for now. Add more later in the stand’s dashboard.',
      linkNumbered: 'Link {{number}}',
      linkTitle: 'Link {{number}}: title',
      linkTitleLegend: 'Title',
      linkUrl: 'Link {{number}}: address (https://…)',
      addLink: 'Add a link',
      removeLink: 'Remove',
      removeLinkNamed: 'Remove the link “{{name}}”',
      staffEmail: 'Email of the person who will run the stand',
      staffEmailHint:
        'We make an invitation for this address: with the link, the person sets a name and a password and gets into the stand’s dashboard.',
      submit: 'Add the exhibitor',
      working: 'Adding the exhibitor…',
      cancel: 'Cancel',
      fixFields: 'Check the marked fields.',
      dictionariesFailed: 'The lists of regions and topics did not load. Reload the page.',
      done: 'Exhibitor “{{name}}” added.',
      another: 'Add another exhibitor',
      errors: {
        region: 'Choose a region from the list.',
        topics: 'Tick 1 to 10 topics.',
        staffEmail: 'Enter the staff member’s email like name@example.com.',
        nameTaken:
          'An exhibitor with this name already exists. Find it in the list, or give the new one another name.',
        linkUrl:
          'Enter the link’s full address, starting with https:// or http://, at most {{max}} characters long.',
        products: 'Add at most {{max}} products and services.',
        links: 'Add at most {{max}} links.',
        emailTaken:
          'This email already has an account at the fair, so it cannot be invited as new staff. Give another address.',
      },
    },
    invite: {
      title: 'Invite a staff member',
      for: 'Stand:',
      pickFirst: 'Choose an exhibitor first.',
      email: 'Staff member’s email',
      emailHint:
        'The invitation works for 7 days. With the link, the person sets a name and a password.',
      badEmail: 'Enter an email address like name@example.com.',
      send: 'Create invitation',
    },
    link: {
      ready: 'The invitation is ready',
      for: 'For {{email}}, stand “{{name}}”.',
      label: 'Invitation link',
      copy: 'Copy',
      copied: 'Link copied.',
      copyByHand: 'Could not copy automatically: the link is selected, copy it by hand.',
      expires: 'Works until',
      once: 'The link is shown only once: keep or send it now. If it gets lost, create a new invitation.',
      another: 'Invite another staff member',
    },
    accept: {
      title: 'Welcome to the fair',
      lead: 'You are invited to run an exhibitor’s stand. Give the name visitors will see and choose a password, and you go straight to the stand’s dashboard.',
      displayName: 'Your name for visitors',
      displayNameHint: 'For example, “Anna, stand manager”. Up to 40 characters.',
      nameRule: 'Give a name: 1 to 40 characters on one line.',
      password: 'Password',
      passwordRule:
        'At least 10 characters. A phrase of several words works well: easy to remember, hard to guess.',
      passwordLength: 'Use a password of 10 to 200 characters.',
      signedInAs:
        'You are signed in as {{name}} now. Accepting the invitation signs you in with the new stand staff account instead.',
      repeat: 'Password again',
      mismatch: 'The passwords differ.',
      submit: 'Accept the invitation',
      working: 'Creating your account…',
      deadTitle: 'This invitation no longer works',
      deadText:
        'The link has expired or has already been used. Ask the fair’s organisers to send you a new invitation.',
    },
  },
  account: {
    guestName: 'Guest {{number}}',
    guest: 'guest',
    guestNote:
      'You are at the fair as a guest. Sign in or register to have your briefcase with you on any device.',
    signIn: 'Sign in',
    signInAgain: 'Sign in again',
    signingIn: 'Signing in…',
    register: 'Register',
    registering: 'Registering…',
    signOut: 'Sign out',
    signOutFailed: 'Could not sign out: the server cannot be reached. Please try again.',
    signInTitle: 'Sign in',
    registerTitle: 'Register',
    noAccount: 'No account yet?',
    haveAccount: 'Already registered?',
    email: 'Email',
    password: 'Password',
    showPassword: 'Show password',
    displayName: 'Name',
    displayNameHint: 'How others see you in the pavilion and in stand chats. Up to 40 characters.',
    passwordRules:
      'At least 10 characters (and at most 200). A phrase of a few words is easy to remember and hard to guess.',
    passwordLongEnough: 'Long enough.',
    passwordTyped_one: '{{count}} character so far.',
    passwordTyped_few: '{{count}} characters so far.',
    passwordTyped_many: '{{count}} characters so far.',
    passwordTyped_other: '{{count}} characters so far.',
    fieldError: {
      email: 'Enter an email address like name@example.com.',
      password: 'Use a password of 10 to 200 characters.',
      passwordMissing: 'Enter your password.',
      displayName: 'Enter a name of 1 to 40 characters on one line.',
    },
    problem: {
      wrongCredentials: 'The email or the password is wrong. Check both and try again.',
      emailTaken: 'An account with this email already exists. Sign in to it instead.',
      tooMany: 'Too many attempts in a row. Wait a minute and try again.',
      network: 'Cannot reach the server. Check your internet connection.',
      sessionEnded: 'Your session has ended. Sign in again to continue.',
      unknown: 'That did not work. Please try again.',
    },
    keepsTitle: 'What you collected stays with you',
    keepsText:
      'Materials and contacts you put in your briefcase as a guest move into your account when you sign in or register. Sign in on another device and your briefcase is there too.',
    signedInAs: 'You are signed in as {{name}} ({{email}}).',
    endedLead: '{{name}}, your session has ended. Sign in again to get back to your briefcase.',
    ended:
      'The session of {{name}} has ended (it expired, or you signed out on another device). You are browsing as a guest now.',
    dismiss: 'Dismiss',
  },
};
