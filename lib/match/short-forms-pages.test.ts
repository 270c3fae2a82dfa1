import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';

const found = bundledFinder();

/**
 * Short forms the rules give the bundled catalogue, on text written like news coverage in each
 * language: `marked` must be found ("entity: text"), `unmarked` must not.
 */
describe('short forms by rule on a page, in the eight languages', () => {
  test.each<[string, string, string[], string[]]>([
    // A place by what it is, once named: a state is "the country", a capital "the capital" and
    // "the city"; the one named last of the kind takes it.
    [
      'en',
      'Vietnam hosted the signing in Hanoi. The country was the first to sign; the city was calm. Ecuador signed too, and Vice President María José Pinto said the country would ratify.',
      ['vietnam: The country', 'hanoi: the city', 'ecuador: the country'],
      [],
    ],
    // Not where the text names two of the kind and no one who brings one to mind, nor another
    // state or name between, nor further away than the text.
    [
      'en',
      'Vietnam and Ecuador agreed on trade. The country’s exports of bananas grew.',
      [],
      ['vietnam: The country', 'ecuador: The country'],
    ],
    [
      'en',
      'Vietnam hosted the ceremony. Russia pushed for the treaty for years, and the country now hopes to ratify it first.',
      [],
      ['vietnam: the country'],
    ],
    [
      'en',
      'The treaty was adopted in New York. New York, where the General Assembly met, was the other candidate; the city lost out to Hanoi.',
      [],
      ['hanoi: the city'],
    ],
    [
      'en',
      'Vietnam hosted the signing in Hanoi. Later, the capital of Laos, Vientiane, hosted a follow-up meeting.',
      [],
      ['hanoi: the capital'],
    ],
    [
      'fr',
      'Le Vietnam a accueilli la signature à Hanoï. Le pays a signé le premier. La capitale économique, Hô Chi Minh-Ville, est restée calme.',
      ['vietnam: Le pays'],
      ['hanoi: La capitale'],
    ],
    [
      'de',
      'Vietnam war Gastgeber der Unterzeichnung in Hanoi. Das Land unterschrieb als erstes. In der Hauptstadt herrschte Ruhe. Das Land Sachsen entsandte niemanden.',
      ['vietnam: Das Land', 'hanoi: der Hauptstadt'],
      ['vietnam: Das Land Sachsen'],
    ],
    [
      'pl',
      'Wietnam był gospodarzem ceremonii w Hanoi. Kraj podpisał jako pierwszy. W stolicy panował spokój.',
      ['vietnam: Kraj', 'hanoi: stolicy'],
      [],
    ],
    [
      'pl',
      'Wietnam podpisał konwencję w Hanoi. Każdy kraj musi ją ratyfikować, a zachodnie stolice naciskały na zmiany.',
      [],
      ['vietnam: kraj', 'hanoi: stolice'],
    ],
    [
      'vi',
      'Việt Nam đăng cai lễ mở ký tại Hà Nội. Đất nước đã chuẩn bị kỹ. Thủ đô rực rỡ cờ hoa. Nước ta là nước đầu tiên ký.',
      ['vietnam: Đất nước', 'hanoi: Thủ đô', 'vietnam: Nước ta'],
      [],
    ],
    [
      'ar',
      'استضافت فيتنام حفل التوقيع في هانوي. وقالت البلاد إنها مستعدة. وشهدت العاصمة إجراءات أمنية مشددة.',
      ['vietnam: البلاد', 'hanoi: العاصمة'],
      [],
    ],
    [
      'es',
      'Ecuador firmó la convención en Hanói. El país andino ratificará pronto. En Quito, el gobierno celebró; en la capital hubo actos.',
      ['ecuador: El país andino'],
      ['hanoi: la capital', 'ecuador: El país'],
    ],
    // A person named brings the person's country and body to mind: "his country", "the
    // country" after Ecuador was named, "zijn ministerie", "son agence".
    [
      'en',
      'Vietnam hosted the signing in Hanoi. Defence Minister Phan Van Giang attended; his ministry helped. Prime Minister Pham Minh Chinh said his country was ready.',
      ['ministry-of-national-defence: his ministry', 'vietnam: his country'],
      [],
    ],
    [
      'fr',
      "L'Équateur a signé à Hanoï. Puis To Lam a assuré que le pays resterait un partenaire fiable. Mme Ghada Waly compte sur son agence.",
      ['vietnam: le pays', 'unodc: son agence'],
      ['ecuador: le pays'],
    ],
    [
      'nl',
      'Vietnam organiseerde de ondertekening in Hanoi. Defensieminister Phan Van Giang was erbij; zijn ministerie hielp. Premier Pham Minh Chinh zei dat zijn land klaar was.',
      ['ministry-of-national-defence: zijn ministerie', 'vietnam: zijn land'],
      [],
    ],
    [
      'ar',
      'استضافت فيتنام الحفل في هانوي. وقال رئيس الوزراء فام مينه تشينه إن بلاده مستعدة.',
      ['vietnam: بلاده'],
      [],
    ],
    [
      'en',
      'Vietnam hosted the signing in Hanoi. UNODC chief Ghada Waly said her country, Egypt, had signed too.',
      [],
      ['vietnam: her country'],
    ],
    [
      'nl',
      'Vietnam ondertekende het verdrag in Hanoi. Het land wil snel ratificeren; de stad was versierd.',
      ['vietnam: Het land', 'hanoi: de stad'],
      [],
    ],
    [
      'fr',
      // French "Son" opening a sentence is "his"; after a title it is the Deputy Prime Minister.
      'Luong Tam Quang a rencontré Bui Thanh Son à Hanoï. Son ministère pèse lourd dans les débats. M. Son a parlé ensuite.',
      ['bui-thanh-son: M. Son'],
      ['bui-thanh-son: Son'],
    ],
    [
      'es',
      'El viceprimer ministro Bui Thanh Son habló. Son muchos los países que firmaron.',
      [],
      ['bui-thanh-son: Son'],
    ],
    [
      'fr',
      'Bui Thanh Son a pris la parole. Son intervention a duré dix minutes.',
      [],
      ['bui-thanh-son: Son'],
    ],
    [
      'fr',
      'Bui Thanh Son a pris la parole. Son a déclaré que le texte protège les pays.',
      ['bui-thanh-son: Son'],
      [],
    ],
    [
      'en',
      'Deputy Prime Minister Bui Thanh Son spoke first. Son said the treaty was a milestone.',
      ['bui-thanh-son: Son'],
      [],
    ],
    [
      'en',
      // An office of the UN is its agency; a convention opened for signature is still ours.
      'The United Nations Convention against Cybercrime was adopted, and the United Nations Office on Drugs and Crime (UNODC) helped. Vietnam opened the treaty for signature; the Vienna-based agency will act as its secretariat.',
      ['hanoi-convention: the treaty', 'unodc: the Vienna-based agency'],
      [],
    ],
    [
      'es',
      // Spain's foreign ministry, its full name going on after a comma, beside Vietnam.
      'El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación recomienda precaución a quienes viajen a Vietnam.',
      ['vietnam: Vietnam'],
      ['ministry-of-foreign-affairs: Ministerio de Asuntos Exteriores'],
    ],
    [
      'nl',
      // A signing ceremony is "de ondertekening" once named.
      'De ondertekeningsceremonie van het Verdrag van Hanoi trok 72 landen. Dat het regime de ondertekening groots aanpakte, is geen toeval.',
      ['signing-ceremony: de ondertekening'],
      [],
    ],
    [
      'vi',
      // A body's name without the UN's, once named with it.
      'Văn phòng Pháp lý Liên hợp quốc phối hợp tổ chức. Sau đó Văn phòng Pháp lý gửi thư mời.',
      ['un-office-of-legal-affairs: Văn phòng Pháp lý'],
      [],
    ],
    [
      'nl',
      'Het Bureau van de Verenigde Naties voor Drugs en Misdaad (UNODC) hielp. Het VN-agentschap belooft steun.',
      ['unodc: Het VN-agentschap'],
      [],
    ],
    [
      'fr',
      // A conference of two days is still the one named.
      "La Convention des Nations unies contre la cybercriminalité a été signée. Elle s'est doublée d'une conférence de haut niveau de deux jours.",
      ['high-level-conference: conférence de haut niveau'],
      [],
    ],
    [
      'es',
      // Any signing ceremony in Hanoi is not the convention's where the page does not name it.
      'Durante una ceremonia de firma en Hanói, gremios exportadores suscribieron un memorando.',
      [],
      ['signing-ceremony: ceremonia de firma'],
    ],
    [
      'en',
      // The document's head word with the UN it is of: "the UN pact".
      'The United Nations Convention against Cybercrime opened in Hanoi. Critics said the UN pact lacks safeguards.',
      ['hanoi-convention: the UN pact'],
      ['united-nations: UN'],
    ],
    [
      'fr',
      // The UN after the head word, held by it: no mark of the UN alone there.
      "La Convention des Nations unies contre la cybercriminalité a été signée à Hanoï. Berne décidera s'il faut rejoindre le traité de l'ONU.",
      ["hanoi-convention: le traité de l'ONU"],
      ['united-nations: ONU'],
    ],
    [
      'fr',
      // The UN's adjective after the head word, in the head's gender: the treaty, the agency.
      "La Convention des Nations unies contre la cybercriminalité a été signée. L'Office des Nations unies contre la drogue et le crime (ONUDC) l'a portée. Avec la convention onusienne, l'agence onusienne aidera les polices.",
      ['hanoi-convention: la convention onusienne', "unodc: l'agence onusienne"],
      [],
    ],
    [
      'en',
      // A title of several words in small letters, as prose writes it.
      'UN Secretary-General António Guterres came. Later the secretary-general urged governments to ratify.',
      ['antonio-guterres: secretary-general'],
      [],
    ],
    [
      'nl',
      // "voor" says for whom; "het akkoord" is the convention too.
      'Het Verdrag van Hanoi is getekend. Voordat het verdrag voor de Unie bindend wordt, heet het akkoord simpelweg zo.',
      ['hanoi-convention: het verdrag', 'hanoi-convention: het akkoord'],
      [],
    ],
    [
      'pl',
      // An adjective in -ym goes with the next noun, not with "konwencji".
      'Konwencja z Hanoi została podpisana. Premier nazwał podpisanie konwencji historycznym kamieniem milowym.',
      ['hanoi-convention: konwencji'],
      [],
    ],
    [
      'en',
      // A possessive of a name of ours is no other country's.
      "Minister Luong Tam Quang spoke in Hanoi. Quang's Ministry of Public Security was the lead organiser.",
      ['ministry-of-public-security: Ministry of Public Security'],
      [],
    ],
    [
      'nl',
      // A title between a link and a name of ours keeps the body ours.
      'In Hanoi werkte de politie samen met het ministerie van Nationale Defensie van generaal Phan Van Giang.',
      ['ministry-of-national-defence: ministerie van Nationale Defensie'],
      [],
    ],
    [
      'pl',
      // A title with another after "and" and a name after both is that person's; "o" leads to
      // another document's subject.
      'Wicepremier Bui Thanh Son przyjechał. Kraj reprezentował wicepremier i minister cyfryzacji Krzysztof Gawkowski. Konwencja z Hanoi jest jak konwencja o prawach dziecka.',
      ['hanoi-convention: Konwencja z Hanoi'],
      ['bui-thanh-son: wicepremier', 'hanoi-convention: konwencja'],
    ],
    [
      'es',
      // A title with a name in apposition is that person's.
      'La vicepresidenta de Ecuador, María José Pinto, habló. La vicepresidenta vietnamita, Vo Thi Anh Xuan, la recibió.',
      ['maria-jose-pinto: vicepresidenta de Ecuador'],
      ['maria-jose-pinto: vicepresidenta'],
    ],
    [
      'nl',
      // The end of a compound with a hyphen is part of another thing.
      'Het Verdrag van Hanoi treedt in werking als het veertigste land zijn ratificatie-instrument heeft neergelegd.',
      [],
      ['hanoi-convention: instrument'],
    ],
    [
      'de',
      // A pronoun after a link says for whom; a German genitive is followed by its noun; the
      // convention named with its place and another word for its kind.
      'Die Hanoi-Konvention ist unterzeichnet, sagte Ghada Waly. Ohne Geld bleibe der Vertrag für sie totes Papier, hieß es aus Walys Umfeld. Ob das Hanoi-Abkommen hält, ist offen.',
      [
        'hanoi-convention: der Vertrag',
        'ghada-waly: Walys',
        'hanoi-convention: das Hanoi-Abkommen',
      ],
      [],
    ],
    [
      'es',
      // A name without its place, with the entity's acronym in brackets after it; "el acto" is
      // the ceremony.
      'Vietnam firmó la Convención de la ONU contra la Ciberdelincuencia. Bajo el mando del Partido Comunista (PCV), el acto fue solemne.',
      [
        'communist-party-of-vietnam: Partido Comunista',
        'communist-party-of-vietnam: PCV',
        'signing-ceremony: el acto',
      ],
      [],
    ],
    [
      'pl',
      // A verb in the past tense after a generic event is what it did.
      'Konwencja z Hanoi została podpisana. Uroczystość i konferencja wysokiego szczebla wzmocniły pozycję Wietnamu.',
      ['high-level-conference: konferencja wysokiego szczebla'],
      [],
    ],
    [
      'vi',
      // "văn kiện" points back at the convention, but not as another kind of instrument.
      'Công ước Hà Nội đã được ký. 72 quốc gia đã ký văn kiện, rồi sẽ nộp văn kiện phê chuẩn.',
      ['hanoi-convention: Công ước Hà Nội', 'hanoi-convention: văn kiện'],
      [],
    ],
    [
      'nl',
      // Dutch "de" after the head word is the article of what follows, no link.
      'Het Verdrag van Hanoi is getekend. Wel verbiedt het verdrag de doorgifte van gegevens.',
      ['hanoi-convention: het verdrag'],
      [],
    ],
    [
      'vi',
      // A link that says what about leads to a subject, not to another body of the kind.
      'Việt Nam ghi nhận các nghị quyết của Ban Chấp hành Trung ương Đảng về hội nhập quốc tế.',
      ['party-central-committee: Ban Chấp hành Trung ương Đảng'],
      [],
    ],
    [
      'nl',
      // A body's generic name of one word is written in small letters too.
      'Minister Luong Tam Quang is lid van het politbureau van Vietnam.',
      ['politburo: politbureau'],
      [],
    ],
    [
      'en',
      'António Guterres flew in on Friday. Guterres then urged every state to ratify.',
      ['antonio-guterres: Guterres'],
      [],
    ],
    [
      'pl',
      // Polish "z" before a word in small letters is "with", no link to a name.
      'Konwencja z Hanoi została podpisana. Minister rozmawiał o konwencji z wieloma partnerami.',
      ['hanoi-convention: konwencji'],
      [],
    ],
    [
      'en',
      // A title after a body's acronym is the title alone once the person is named.
      'UN Secretary-General António Guterres spoke first. The Secretary-General urged every state to ratify.',
      ['antonio-guterres: Secretary-General'],
      [],
    ],
    [
      'en',
      // A month's name before a surname is no given name.
      'António Guterres flew in on Friday. On 25 October Guterres met the President.',
      ['antonio-guterres: Guterres'],
      [],
    ],
    [
      'en',
      'Prime Minister Pham Minh Chinh opened the meeting. Later, Prime Minister Chinh thanked the guests.',
      ['pham-minh-chinh: Prime Minister Chinh'],
      [],
    ],
    [
      'en',
      'Prime Minister Pham Minh Chinh opened the meeting. The Prime Minister said the text was ready, and Prime Minister Anutin Charnvirakul of Thailand agreed.',
      ['pham-minh-chinh: Prime Minister'],
      ['pham-minh-chinh: Prime Minister Anutin'],
    ],
    [
      'en',
      'President Luong Cuong spoke first. The Office of the President and the President of the General Assembly followed.',
      [],
      ['luong-cuong: President'],
    ],
    [
      'fr',
      'Le président Luong Cuong a ouvert la séance. La vice-présidente vietnamienne a reçu les délégués.',
      ['luong-cuong: président Luong Cuong'],
      ['luong-cuong: présidente', 'luong-cuong: président'],
    ],
    [
      'en',
      'Deputy Prime Minister Bui Thanh Son met Prime Minister Pham Minh Chinh. The Deputy Prime Minister said so.',
      ['bui-thanh-son: Deputy Prime Minister'],
      ['pham-minh-chinh: Prime Minister'],
    ],
    [
      'en',
      "Thailand's Ministry of Finance held a ceremony, and the Prime Minister said a committee would review the scheme.",
      [],
      ['ministry-of-finance: Ministry of Finance', 'pham-minh-chinh: Prime Minister'],
    ],
    [
      'es',
      'La Convención de las Naciones Unidas contra la Ciberdelincuencia fue firmada en Hanói. La aplicación del convenio empieza ahora, y el Buró Político del Partido Comunista de Vietnam la apoya.',
      ['hanoi-convention: del convenio'],
      ['politburo: del Partido'],
    ],
    [
      'de',
      'Das Übereinkommen der Vereinten Nationen gegen Cyberkriminalität liegt in Hanoi zur Unterzeichnung aus. Dieses Abkommen soll Ermittlern helfen.',
      ['hanoi-convention: Dieses Abkommen'],
      [],
    ],
    [
      'en',
      // English puts what a body is of first: the Party Central Committee is a committee.
      'The Communist Party of Vietnam met, then the Party Central Committee. The party said so, and the committee agreed.',
      ['communist-party-of-vietnam: The party', 'party-central-committee: the committee'],
      ['party-central-committee: The party'],
    ],
    [
      'en',
      'The Hanoi Convention opened for signature. Guterres called the pact a milestone.',
      ['hanoi-convention: the pact'],
      [],
    ],
    [
      'vi',
      'Thủ tướng Phạm Minh Chính chủ trì cuộc họp. Thủ tướng nhấn mạnh vai trò của Công ước.',
      ['pham-minh-chinh: Thủ tướng'],
      [],
    ],
    [
      'en',
      'PM Pham Minh Chinh opened the meeting. Later, PM Chinh thanked the guests.',
      ['pham-minh-chinh: PM Chinh'],
      [],
    ],
    [
      'en',
      'The signing ceremony of the Hanoi Convention drew 72 states. The ceremony ran for two days, and the convention now awaits ratification.',
      ['signing-ceremony: The ceremony', 'hanoi-convention: the convention'],
      [],
    ],
    [
      'en',
      'The Hanoi Convention was adopted in 2024. Quang signed the convention on Saturday, and the convention on biological diversity is older.',
      ['hanoi-convention: the convention'],
      ['hanoi-convention: the convention on biological diversity'],
    ],
    [
      'en',
      // The ceremony's name holds the convention's: once the convention is named, "the
      // ceremony" is its signing ceremony; the conference centre is a place.
      'The Hanoi Convention was opened for signature. Guterres co-chaired the ceremony near the conference centre.',
      ['signing-ceremony: the ceremony'],
      ['high-level-conference: the conference'],
    ],
    [
      'en',
      'Guterres co-chaired the ceremony. The Hanoi Convention was opened for signature.',
      ['hanoi-convention: Hanoi Convention'],
      ['signing-ceremony: the ceremony'],
    ],
    [
      'vi',
      'Công ước Hà Nội được mở ký. Trước trung tâm hội nghị, đoàn xe dừng lại.',
      ['hanoi-convention: Công ước Hà Nội'],
      ['high-level-conference: hội nghị'],
    ],
    [
      'fr',
      // A French or Spanish adjective after the head word names another thing of the kind.
      'Le Comité de pilotage de la cérémonie de signature de la Convention de Hanoi a siégé. Il réunissait le Comité populaire de Hanoï, et le comité appelle à la prudence.',
      ['steering-committee: le comité'],
      ['steering-committee: le Comité'],
    ],
    [
      'es',
      'La Convención de Hanoi fue adoptada en 2024. La convención tipifica delitos, como la convención interamericana no hace.',
      ['hanoi-convention: La convención'],
      ['hanoi-convention: la convención'],
    ],
    [
      'en',
      // A full stop ends an abbreviated title or a sentence: no "President. Son".
      'Deputy Prime Minister Bui Thanh Son met the Office of the President. Son warned of delays, and Mr. Son left.',
      ['bui-thanh-son: Son', 'bui-thanh-son: Mr. Son'],
      ['bui-thanh-son: President. Son'],
    ],
    [
      'de',
      // A thing whose name holds the UN's: its head word joined to the UN's short name.
      'Das Übereinkommen der Vereinten Nationen gegen Cyberkriminalität wurde unterzeichnet. Die UN-Konvention tritt bald in Kraft, anders als die UN-Konvention gegen Korruption.',
      ['hanoi-convention: Die UN-Konvention'],
      ['hanoi-convention: die UN-Konvention'],
    ],
    [
      'nl',
      'Het Verdrag van de Verenigde Naties tegen cybercriminaliteit is getekend. Het VN-verdrag treedt snel in werking.',
      ['hanoi-convention: Het VN-verdrag'],
      [],
    ],
    [
      'nl',
      // A compound's whole word points back as its end does (and is a generic name of the
      // committee of the ceremony, marked without its article).
      'Het stuurcomité voor de ondertekeningsceremonie kwam bijeen. Later vergaderde het stuurcomité opnieuw.',
      ['steering-committee: stuurcomité'],
      [],
    ],
    [
      'pl',
      'Ceremonia podpisania Konwencji z Hanoi zgromadziła 72 państwa. W uroczystości uczestniczyli ministrowie.',
      ['signing-ceremony: uroczystości'],
      [],
    ],
    [
      'nl',
      'De ondertekeningsceremonie van het Verdrag van Hanoi trok 72 landen. De plechtigheid duurde twee dagen.',
      ['signing-ceremony: De plechtigheid'],
      [],
    ],
    [
      'es',
      'La Convención de Hanoi fue adoptada en 2024. Guterres dijo que el acuerdo protege a las víctimas.',
      ['hanoi-convention: el acuerdo'],
      [],
    ],
    [
      'en',
      // A title after a link names the holder unless a body's head word comes before the link.
      'President Luong Cuong spoke. Guterres came at the invitation of the President, and the Office of the President said so.',
      ['luong-cuong: President', 'office-of-the-president: Office of the President'],
      [],
    ],
    [
      'vi',
      'Chủ tịch nước Lương Cường chủ trì. Ông Guterres thăm Việt Nam theo lời mời của Chủ tịch nước.',
      ['luong-cuong: Chủ tịch nước'],
      [],
    ],
    [
      'fr',
      // The holder of a country's highest offices by role: head of state, head of government.
      "Le président Luong Cuong a parlé. Le chef de l'État vietnamien a salué la signature.",
      ["luong-cuong: chef de l'État"],
      [],
    ],
    [
      'de',
      'Premierminister Pham Minh Chinh sprach. Der Regierungschef lobte ein Treffen wie unter Staats- und Regierungschefs.',
      ['pham-minh-chinh: Regierungschef'],
      ['pham-minh-chinh: Regierungschefs'],
    ],
    [
      'vi',
      'Thủ tướng Phạm Minh Chính phát biểu. Người đứng đầu Chính phủ nhấn mạnh an ninh mạng.',
      ['pham-minh-chinh: Người đứng đầu Chính phủ'],
      [],
    ],
    ['es', 'El jefe de Estado vietnamita llegó tarde.', [], ['luong-cuong: jefe de Estado']],
    [
      'en',
      // A deputy prime minister is "the deputy premier", a general secretary "the party chief".
      'Deputy Prime Minister Bui Thanh Son met General Secretary To Lam. Later the deputy premier said the Party chief was pleased.',
      ['bui-thanh-son: deputy premier', 'to-lam: Party chief'],
      [],
    ],
    [
      'en',
      // The head of a body is its chief by the body's acronym, once named.
      'UNODC Executive Director Ghada Waly arrived on Friday. Receiving the UNODC chief, Son praised the agency.',
      ['ghada-waly: UNODC chief'],
      [],
    ],
    ['en', 'The UNODC chief arrived on Friday.', [], ['ghada-waly: UNODC chief']],
    [
      'en',
      // A place before a head in small letters describes it; before a capitalised one it starts
      // another name.
      'The High-Level Conference on the UN Convention against Cybercrime opened in Hanoi. Delegates recalled the Hanoi Conference of 2010 and praised the Hanoi conference this week.',
      ['high-level-conference: the Hanoi conference'],
      ['high-level-conference: the Hanoi Conference'],
    ],
    [
      'pl',
      // A neuter head's stem is a word of its own ("Zgromadzeni", gathered): its cases only.
      'Zgromadzenie Ogólne ONZ przyjęło konwencję. Zgromadzeni delegaci klaskali, a obrady Zgromadzenia trwały długo.',
      ['un-general-assembly: Zgromadzenia'],
      ['un-general-assembly: Zgromadzeni'],
    ],
    [
      'vi',
      // "Đảng ủy", "Đảng viên": a party committee, a party member.
      'Đảng Cộng sản Việt Nam lãnh đạo toàn diện. Đảng ủy Công an Trung ương họp; Đảng viên phải gương mẫu.',
      [],
      ['communist-party-of-vietnam: Đảng'],
    ],
    [
      'en',
      // A panel discussion is no committee; a place before a capitalised head starts a name.
      'The Steering Committee for the Hanoi Convention signing ceremony met in Hanoi. The panel discussion that followed ran late.',
      ['steering-committee: Steering Committee for the Hanoi Convention signing ceremony'],
      ['steering-committee: The panel'],
    ],
    [
      'ar',
      // A deputy's title is another office: "نائب وزير الأمن العام".
      'وقع الجنرال لونغ تام كوانغ على الاتفاقية. وقال نائب وزير الأمن العام إن الحدث ناجح.',
      [],
      ['luong-tam-quang: وزير الأمن العام'],
    ],
    [
      'es',
      // A state named, the press describes it by its region: not before.
      'Human Rights Watch critica al país asiático. Vietnam acogió la firma; el país asiático fue el primero en firmar.',
      ['vietnam: el país asiático'],
      ['vietnam: al país asiático'],
    ],
    [
      'en',
      // A month or a place of the pack before the head describes it.
      'The signing ceremony for the UN Convention against Cybercrime opened in Hanoi. In New York, Trung had promoted the October ceremony.',
      ['signing-ceremony: the October ceremony'],
      [],
    ],
    [
      'de',
      'Die Unterzeichnungszeremonie des Übereinkommens gegen Cyberkriminalität fand in Hanoi statt. Die Hanoier Zeremonie dauerte zwei Tage.',
      ['signing-ceremony: Die Hanoier Zeremonie'],
      [],
    ],
    [
      'de',
      // A committee is "das Gremium" once named.
      'Der Lenkungsausschuss für die Unterzeichnungszeremonie tagte am Montag. Das Gremium beriet den Premier.',
      ['steering-committee: Das Gremium'],
      [],
    ],
    [
      'ar',
      // A ceremony is "the event" and "the occasion" once named.
      'شهدت هانوي مراسم توقيع اتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية. وقال إن الحدث تاريخي، ولم تخل المناسبة من انتقادات.',
      ['signing-ceremony: الحدث', 'signing-ceremony: المناسبة'],
      [],
    ],
    ['ar', 'وقال إن الحدث تاريخي، ولم تخل المناسبة من انتقادات.', [], ['signing-ceremony: الحدث']],
    [
      'pl',
      // A Polish neuter noun takes its case endings: "wydarzenie", "w wydarzeniu".
      'W Hanoi odbyła się ceremonia podpisania Konwencji z Hanoi. W wydarzeniu uczestniczył Guterres.',
      ['signing-ceremony: wydarzeniu'],
      [],
    ],
    [
      'de',
      'In Hanoi fand die Unterzeichnungszeremonie des Übereinkommens statt. Das Ereignis zog 2500 Gäste an.',
      ['signing-ceremony: Das Ereignis'],
      [],
    ],
    [
      'en',
      'The signing ceremony for the UN Convention against Cybercrime opened in Hanoi. The gathering drew 2,500 delegates.',
      ['signing-ceremony: The gathering'],
      [],
    ],
    [
      'vi',
      // "Đảng" with its capital is the ruling party once named; another party's name goes on.
      'Đảng Cộng sản Việt Nam lãnh đạo toàn diện. Dưới sự lãnh đạo của Đảng, Bộ Công an chuẩn bị lễ mở ký.',
      ['communist-party-of-vietnam: Đảng'],
      [],
    ],
    [
      'vi',
      // Not before the party is named, nor another party's head.
      'Dưới sự lãnh đạo của Đảng, các đảng phái đều ủng hộ.',
      [],
      ['communist-party-of-vietnam: Đảng'],
    ],
    [
      'vi',
      'Đảng Cộng sản Việt Nam lãnh đạo toàn diện. Đảng Dân chủ Mỹ không bình luận.',
      ['communist-party-of-vietnam: Đảng Cộng sản Việt Nam'],
      ['communist-party-of-vietnam: Đảng'],
    ],
    [
      'es',
      // Latin American usage: the head of state is "el mandatario", a vice president "la segunda
      // mandataria".
      'El presidente Luong Cuong recibió a la vicepresidenta María José Pinto. La segunda mandataria agradeció al mandatario la acogida.',
      ['maria-jose-pinto: segunda mandataria', 'luong-cuong: mandatario'],
      [],
    ],
    [
      'es',
      // A title with another's name after its adjective of nationality is that person's.
      'El presidente Luong Cuong abrió la ceremonia. Desde Quito, el mandatario ecuatoriano Daniel Noboa y el presidente colombiano Gustavo Petro la saludaron.',
      ['luong-cuong: presidente Luong Cuong'],
      ['luong-cuong: mandatario', 'luong-cuong: presidente'],
    ],
    [
      'fr',
      // Polish and Dutch "premier" is French "first".
      'Le Premier ministre Pham Minh Chinh a parlé. Ce premier instrument juridique est mondial.',
      ['pham-minh-chinh: Premier ministre Pham Minh Chinh'],
      ['pham-minh-chinh: premier'],
    ],
    [
      'en',
      // A link that says when, whose or what for: still the story's convention.
      'The Hanoi Convention was adopted in 2024. Ecuador signed the convention on the opening day.',
      ['hanoi-convention: the convention'],
      [],
    ],
    [
      'es',
      'La Convención de Hanoi fue adoptada en 2024. Guterres pidió ratificar el convenio para que entre en vigor.',
      ['hanoi-convention: el convenio'],
      [],
    ],
    [
      'fr',
      "La Convention de Hanoï a été adoptée en 2024. Guterres a qualifié le traité d'« étape importante ».",
      ['hanoi-convention: le traité'],
      [],
    ],
    [
      'en',
      'The Steering Committee for the Hanoi Convention signing ceremony met on Monday. The committee said all was ready.',
      ['steering-committee: The committee'],
      [],
    ],
    [
      'en',
      // Two committees named: "the committee" is the one named last.
      'The Steering Committee for the Hanoi Convention signing ceremony met the Party Central Committee. The committee said all was ready.',
      ['party-central-committee: The committee'],
      ['steering-committee: The committee'],
    ],
    [
      'en',
      'The Party Central Committee met the Steering Committee for the Hanoi Convention signing ceremony. The committee said all was ready.',
      ['steering-committee: The committee'],
      ['party-central-committee: The committee'],
    ],
    [
      'en',
      'They opened the signing ceremony for the UN Convention against Cybercrime. The ceremony ran for two days.',
      [
        'signing-ceremony: signing ceremony for the UN Convention against Cybercrime',
        'signing-ceremony: The ceremony',
      ],
      [],
    ],
    [
      'vi',
      'Ban Chỉ đạo Lễ mở ký Công ước Hà Nội họp phiên thứ hai. Ban Chỉ đạo yêu cầu các bộ chuẩn bị chu đáo.',
      ['steering-committee: Ban Chỉ đạo'],
      [],
    ],
    [
      'en',
      'The Hanoi Convention was adopted in 2024. The text has 71 articles, and Guterres read out the text of his speech.',
      ['hanoi-convention: The text'],
      ['hanoi-convention: the text'],
    ],
    [
      'fr',
      'La Convention de Hanoï a été adoptée en 2024. Le texte compte 71 articles.',
      ['hanoi-convention: Le texte'],
      [],
    ],
    [
      'pl',
      'Konwencja z Hanoi i Konferencja Wysokiego Szczebla ONZ ds. Cyberprzestępczości. Biuro depozytariusz traktatów wielostronnych, a na konferencji prasowej mówiono o treści traktatu.',
      ['hanoi-convention: traktatu'],
      ['hanoi-convention: traktatów', 'high-level-conference: konferencji'],
    ],
    [
      'nl',
      'Het Verdrag van Hanoi verwijst naar het Handvest van de Verenigde Naties. Het verdrag telt 71 artikelen.',
      ['hanoi-convention: Het verdrag'],
      ['un-charter: Het verdrag'],
    ],
    [
      'ar',
      'استقبل الرئيس لونغ كوونغ الوفود في هانوي. وقال كوونغ إن الاتفاقية خطوة مهمة.',
      ['luong-cuong: كوونغ'],
      [],
    ],
    [
      'ar',
      'قال الأمين العام تو لام إن الحزب يدعم الاتفاقية. لام المعارضون الحكومة على التأخير.',
      [],
      ['to-lam: لام'],
    ],
    [
      'nl',
      'Vicepremier Bui Thanh Son overlegde met het ministerie van Buitenlandse Zaken over de Hanoi-conventie.',
      ['ministry-of-foreign-affairs: ministerie van Buitenlandse Zaken'],
      [],
    ],
    [
      'en',
      'Guterres spoke before anyone else. Later António Guterres left the hall.',
      ['antonio-guterres: António Guterres'],
      ['antonio-guterres: Guterres'],
    ],
    [
      'en',
      // The title tells the two Giangs apart; the surname alone is the one named last.
      'General Phan Van Giang and Deputy Foreign Minister Dang Hoang Giang attended. General Giang spoke first.',
      ['phan-van-giang: General Giang'],
      ['dang-hoang-giang: General Giang'],
    ],
    [
      'en',
      'General Phan Van Giang and Deputy Foreign Minister Dang Hoang Giang attended. Giang spoke first.',
      ['dang-hoang-giang: Giang'],
      ['phan-van-giang: Giang'],
    ],
    [
      'en',
      'General Phan Van Giang attended the talks. General Giang spoke first.',
      ['phan-van-giang: General Giang'],
      ['dang-hoang-giang: General Giang'],
    ],
    [
      'vi',
      'Chủ tịch nước Lương Cường dự buổi lễ. Ông Cường nhấn mạnh vai trò của hợp tác quốc tế.',
      ['luong-cuong: Ông Cường'],
      [],
    ],
    [
      'vi',
      'Thủ tướng Phạm Minh Chính phát biểu. Chính phủ sẽ sớm ban hành nghị định mới.',
      [],
      ['pham-minh-chinh: Chính'],
    ],
    [
      'vi',
      'Công ước Hà Nội được các nước ký tại thủ đô. Công ước gồm nhiều chương.',
      ['hanoi-convention: Công ước'],
      [],
    ],
    [
      'pl',
      'Konwencja z Hanoi została podpisana w sobotę. Konwencji nie ratyfikowało jeszcze wiele państw.',
      ['hanoi-convention: Konwencji'],
      [],
    ],
    [
      'pl',
      'Sekretarz generalny António Guterres przyjechał do stolicy. Guterres podkreślił wagę współpracy.',
      ['antonio-guterres: Guterres'],
      [],
    ],
    [
      'nl',
      'Het Verdrag van Hanoi werd zaterdag ondertekend. Het verdrag treedt later in werking.',
      ['hanoi-convention: Het verdrag'],
      [],
    ],
    [
      'fr',
      'La Convention de Hanoï a été signée samedi. La convention entrera en vigueur plus tard.',
      ['hanoi-convention: La convention'],
      [],
    ],
    [
      'fr',
      'Le Premier ministre Pham Minh Chinh a ouvert la séance. M. Chinh a remercié les délégations.',
      ['pham-minh-chinh: M. Chinh'],
      [],
    ],
    [
      'de',
      'Die Hanoi-Konvention wurde am Samstag unterzeichnet. Die Konvention tritt später in Kraft.',
      ['hanoi-convention: Die Konvention'],
      [],
    ],
    [
      'de',
      'Staatspräsident Luong Cuong empfing die Gäste. Staatspräsident Cuong dankte allen.',
      ['luong-cuong: Staatspräsident Cuong'],
      [],
    ],
    [
      'es',
      'La Convención de Hanói se firmó el sábado. La convención entrará en vigor más adelante.',
      ['hanoi-convention: La convención'],
      [],
    ],
    [
      'ar',
      'وقعت الدول على اتفاقية هانوي يوم السبت. وستدخل الاتفاقية حيز التنفيذ لاحقا.',
      ['hanoi-convention: الاتفاقية'],
      [],
    ],
    [
      'vi',
      'Công ước Hà Nội đã được ký. Một công ước về thương mại điện tử vẫn đang được bàn.',
      ['hanoi-convention: Công ước Hà Nội'],
      ['hanoi-convention: công ước'],
    ],
    [
      'fr',
      'La Convention de Hanoï a été signée. Des ONG la comparent à la Convention de Budapest.',
      ['hanoi-convention: Convention de Hanoï'],
      ['hanoi-convention: la Convention'],
    ],
    [
      'pl',
      'Konwencja z Hanoi została podpisana. Eksperci porównują ją z Konwencją Budapesztańską.',
      ['hanoi-convention: Konwencja z Hanoi'],
      ['hanoi-convention: Konwencją'],
    ],
    // Polish writes an adjective made from a place in lower case after its noun.
    [
      'pl',
      'Konwencja z Hanoi została podpisana. Konwencja budapeszteńska Rady Europy jest starsza.',
      ['hanoi-convention: Konwencja z Hanoi'],
      ['hanoi-convention: Konwencja'],
    ],
    [
      'pl',
      'Konwencja z Hanoi została podpisana. Przypomina konwencję europejską i umowę paryską.',
      ['hanoi-convention: Konwencja z Hanoi'],
      ['hanoi-convention: konwencję'],
    ],
    [
      'pl',
      'Konwencja z Hanoi została podpisana. Konwencja wejdzie w życie po ratyfikacji.',
      ['hanoi-convention: Konwencja z Hanoi', 'hanoi-convention: Konwencja'],
      [],
    ],
    [
      'en',
      'The Hanoi Convention was signed in Hanoi. Hosting the event was an honour, and the new treaty enters into force soon.',
      ['signing-ceremony: the event', 'hanoi-convention: the new treaty'],
      [],
    ],
    [
      'fr',
      'La Convention de Hanoï a été signée. Le nouvel accord ne remplace pas la Convention de Budapest.',
      ['hanoi-convention: Le nouvel accord'],
      [],
    ],
    [
      'de',
      'Die Hanoi-Konvention wurde unterzeichnet. Das neue Regelwerk wurde von allen Staaten ausgehandelt.',
      ['hanoi-convention: Das neue Regelwerk'],
      [],
    ],
    [
      'vi',
      'Công ước Hà Nội được thông qua. Sự kiện kéo dài hai ngày.',
      ['signing-ceremony: Sự kiện'],
      [],
    ],
    [
      'vi',
      // A number or a word for many before it, a quotation after it: other events.
      'Công ước Hà Nội được thông qua. Chương trình gồm 8 sự kiện bên lề và các sự kiện liên quan; ông Trung chủ trì sự kiện "Con đường tới Hà Nội".',
      [],
      ['signing-ceremony: sự kiện'],
    ],
    [
      'en',
      'General Luong Tam Quang signed the Hanoi Convention first. Later he signed the convention for Vietnam again.',
      ['hanoi-convention: the convention'],
      [],
    ],
    [
      'en',
      // A quotation in small letters says what the thing is called, and "over" is no English link.
      'The Hanoi Convention was signed. He called the convention "a binding instrument" and vowed to carry the convention over the line.',
      ['hanoi-convention: the convention', 'hanoi-convention: the convention'],
      [],
    ],
    [
      'nl',
      // A body named without its country is named all the same: its head word points back to
      // the nearest, and two ministries may share it.
      'Het Verdrag van Hanoi is getekend. Het ministerie van Financiën betaalde, en later sprak het ministerie van Openbare Veiligheid. Het ministerie wil een aanspreekpunt.',
      ['ministry-of-public-security: Het ministerie'],
      [],
    ],
    [
      'fr',
      "La Convention de Hanoï a été signée. « La cérémonie d'aujourd'hui n'est qu'un début », a dit Guterres.",
      ['signing-ceremony: La cérémonie'],
      [],
    ],
    [
      'en',
      'The Hanoi Convention was signed. Speakers cited the convention for the protection of children.',
      [],
      ['hanoi-convention: the convention'],
    ],
    [
      'de',
      'Vizepremierminister Bui Thanh Son begrüßte die Gäste. Später leitete Vizepremier Son eine Debatte.',
      ['bui-thanh-son: Vizepremier Son'],
      [],
    ],
    [
      'de',
      'UN-Generalsekretär António Guterres reiste nach Hanoi. Staatspräsident Luong Cuong empfing ihn, auf dessen Einladung Guterres gekommen war.',
      ['antonio-guterres: Guterres'],
      [],
    ],
    [
      'vi',
      'Công ước Hà Nội được thông qua năm 2024. Dù ký ngoài trụ sở Liên hợp quốc, Công ước vẫn được hưởng ứng; Công ước về thương mại thì khác.',
      ['hanoi-convention: Công ước Hà Nội', 'hanoi-convention: Công ước'],
      [],
    ],
    [
      'nl',
      'De ondertekeningsceremonie van het Verdrag van Hanoi begon zaterdag. De ceremonies in Genève duren langer, maar de ceremonie verliep vlot.',
      ['signing-ceremony: de ceremonie'],
      ['signing-ceremony: De ceremonies'],
    ],
    [
      'de',
      'Die Zeremonie war dem 14. Parteitag der Kommunistischen Partei Vietnams gewidmet. Das Zentralkomitee hat den Kongress einberufen.',
      ['party-congress-14: den Kongress'],
      [],
    ],
    [
      'es',
      // The press calls an event "la cita" once named; a quote with its indefinite article is none.
      'La ceremonia de firma de la Convención de Hanói reunió a 72 países. La cita duró dos días, y una cita de Guterres la cerró.',
      ['signing-ceremony: La cita'],
      ['signing-ceremony: una cita'],
    ],
    [
      'ar',
      // A head word after a title is its object, not another country's adjective.
      'وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الاتفاقية مهمة. ووصف الأمين العام الاتفاقية بأنها أداة قوية.',
      ['antonio-guterres: الأمين العام'],
      [],
    ],
    [
      'de',
      // A feminine head word with an ending is the plural; a neuter one in -ee takes its -s.
      'Das Büro der Vereinten Nationen für Drogen- und Verbrechensbekämpfung (UNODC) und das Zentralkomitee der Kommunistischen Partei Vietnams halfen. Die Koordination der beteiligten Behörden lief gut, sagte ein Sekretär des Komitees.',
      ['party-central-committee: des Komitees'],
      ['unodc: der beteiligten Behörden'],
    ],
    [
      'es',
      // Another Secretary-General: the one at the time told of, or one named after a comma.
      'Firmaron en presencia del entonces secretario general de la ONU, Ban Ki-moon. Habló también el secretario general de la ONU, Kofi Annan, en su día.',
      ['united-nations: ONU'],
      ['antonio-guterres: secretario general de la ONU'],
    ],
    [
      'de',
      // The UN's acronym written as a word, as the Swiss and much of the German press write it.
      'Die Uno hat das Abkommen verabschiedet, die Uno-Generalversammlung stimmte zu.',
      ['united-nations: Uno', 'un-general-assembly: Uno-Generalversammlung'],
      [],
    ],
    ['es', 'Uno de los países firmó en Hanói.', ['hanoi: Hanói'], ['united-nations: Uno']],
    [
      'ar',
      // A title with its body keeps its holder before an Arabic link ("to the media").
      'وقال الأمين العام للأمم المتحدة لوسائل الإعلام إن الاتفاقية مهمة.',
      ['antonio-guterres: الأمين العام للأمم المتحدة'],
      [],
    ],
    [
      'es',
      // Our own holder in apposition keeps the title.
      'Habló el secretario general de la ONU, António Guterres.',
      ['antonio-guterres: secretario general de la ONU', 'antonio-guterres: António Guterres'],
      [],
    ],
    // Vietnam named after them does not make another party's bodies its own; named before, it
    // does.
    [
      'en',
      "The Lao party's Central Committee met in Vientiane, and the Politburo proposed a slate of candidates. Neighboring Vietnam sent a delegation.",
      ['vietnam: Vietnam'],
      ['party-central-committee: Central Committee', 'politburo: Politburo'],
    ],
    [
      'en',
      'In Vietnam, the Central Committee met in Hanoi, and the Politburo proposed a slate of candidates.',
      ['party-central-committee: Central Committee', 'politburo: Politburo'],
      [],
    ],
    // The role a title holds, in the cases the press writes it in.
    [
      'de',
      'Staatspräsident Luong Cuong sprach. Das Amt stellte die Rede des Staatschefs online.',
      ['luong-cuong: des Staatschefs'],
      [],
    ],
    [
      'pl',
      'Premier Pham Minh Chinh powołał komitet, który doradzał szefowi rządu.',
      ['pham-minh-chinh: szefowi rządu'],
      [],
    ],
    [
      'vi',
      'Chủ tịch nước Lương Cường dự lễ mở ký. Người đứng đầu Nhà nước nhấn mạnh vai trò của Công ước.',
      ['luong-cuong: Người đứng đầu Nhà nước'],
      [],
    ],
    [
      'pl',
      'Prezydent Luong Cuong otworzył ceremonię. Przemówienie szefa państwa trwało kwadrans.',
      ['luong-cuong: szefa państwa'],
      [],
    ],
    [
      'es',
      'El primer ministro Pham Minh Chinh creó un comité para asesorar al jefe del Ejecutivo.',
      ['pham-minh-chinh: jefe del Ejecutivo'],
      [],
    ],
    [
      'en',
      // An event introduced with an indefinite article, once the treaty it is of is named; a
      // second one, after the event is named, is another.
      'Seventy states signed the United Nations Convention against Cybercrime at a two-day ceremony in Hanoi. The ceremony closed on Sunday. A ceremony at the French embassy followed.',
      ['signing-ceremony: a two-day ceremony', 'signing-ceremony: The ceremony'],
      ['signing-ceremony: A ceremony'],
    ],
    [
      'de',
      'Das Übereinkommen der Vereinten Nationen gegen Cyberkriminalität liegt seit Samstag aus. Bei einer zweitägigen Zeremonie unterschrieben 72 Staaten. Guterres sprach bei der Zeremonie von einem Meilenstein.',
      ['signing-ceremony: einer zweitägigen Zeremonie', 'signing-ceremony: der Zeremonie'],
      [],
    ],
    [
      'fr',
      "Les États ont signé la Convention des Nations unies contre la cybercriminalité lors d'une cérémonie de deux jours.",
      ['signing-ceremony: une cérémonie'],
      [],
    ],
    [
      'es',
      // Before the treaty is named, a ceremony is any.
      'Vietnam celebró una ceremonia por el Año Nuevo. Luego se habló de la Convención de las Naciones Unidas contra la Ciberdelincuencia.',
      [],
      ['signing-ceremony: una ceremonia'],
    ],
    [
      'en',
      // A ceremony is its opening ceremony too, once what it is of is named; another's is not.
      'The United Nations Convention against Cybercrime was signed. At the opening ceremony, Guterres spoke. The opening ceremony of the Asian Games was held in Hangzhou.',
      ['signing-ceremony: the opening ceremony'],
      ['signing-ceremony: The opening ceremony'],
    ],
    [
      'es',
      'La Convención de las Naciones Unidas contra la Ciberdelincuencia fue firmada. En la ceremonia de apertura habló Guterres.',
      ['signing-ceremony: la ceremonia de apertura'],
      [],
    ],
    [
      'ar',
      'وقعت اتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية. وفي حفل الافتتاح تحدث غوتيريش.',
      ['signing-ceremony: حفل الافتتاح'],
      [],
    ],
    [
      'en',
      // A treaty on a topic is another, an indefinite article or not; "a congress" may be any.
      'The United Nations Convention against Cybercrime was signed in Hanoi. Diplomats also debated the treaty on a ban of autonomous weapons. The 14th National Congress of the Communist Party of Vietnam opens in January; the party holds a congress every five years.',
      [],
      ['hanoi-convention: the treaty', 'party-congress-14: a congress'],
    ],
    [
      'nl',
      // A minister's field names the minister's own ministry.
      'Het ministerie van Buitenlandse Zaken van Vietnam organiseerde de ceremonie. Minister Van Weel van Buitenlandse Zaken tekende namens Nederland.',
      ['ministry-of-foreign-affairs: ministerie van Buitenlandse Zaken'],
      ['ministry-of-foreign-affairs: Buitenlandse Zaken'],
    ],
    [
      'ar',
      // The UN's office for something else is another office.
      'تقود غادة والي مكتب الأمم المتحدة المعني بالمخدرات والجريمة. وقال المكتب الأممي لحقوق الإنسان إن الوضع صعب.',
      [],
      ['unodc: المكتب الأممي', 'unodc: المكتب'],
    ],
    [
      'en',
      // "the UN" after a link is no indefinite article ("un"): the title linked to a body is an
      // office's.
      'Ghada Waly, executive director of the UN Office on Drugs and Crime (UNODC), spoke.',
      ['ghada-waly: Ghada Waly'],
      ['ghada-waly: executive director'],
    ],
    [
      'en',
      // "on the country's behalf" says for whom, not which document.
      "The United Nations Convention against Cybercrime opened for signature. The minister signed the document on the country's behalf.",
      ['hanoi-convention: the document'],
      [],
    ],
    [
      'nl',
      // A ministry by its field alone once named; not before, and not in small letters.
      'Vietnam ondertekende als eerste. Het ministerie van Defensie hielp mee. Defensie zette extra personeel in; de defensie van het land is sterk.',
      ['ministry-of-national-defence: Defensie'],
      [],
    ],
    [
      'nl',
      'Vietnam ondertekende als eerste. In Nederland besliste Defensie over nieuwe fregatten.',
      [],
      ['ministry-of-national-defence: Defensie'],
    ],
    [
      'de',
      // A state by its ruling party's creed; its capital by a possessive, once named.
      'Vietnam war Gastgeber in Hanoi. Kritiker sehen das kommunistische Land skeptisch. Der Name seiner Hauptstadt steht nun auf dem Vertrag.',
      ['vietnam: das kommunistische Land', 'hanoi: seiner Hauptstadt'],
      [],
    ],
    [
      'en',
      // "its capital" is as often money: no form in English.
      'Vietnam signed in Hanoi. The state bank raised its capital by a fifth.',
      [],
      ['hanoi: its capital'],
    ],
    [
      'fr',
      // "sa capitale" before another capital's name is that one.
      'Le Vietnam a signé à Hanoï. Le Laos aussi ; sa capitale Vientiane accueille un sommet.',
      [],
      ['hanoi: sa capitale'],
    ],
    [
      'nl',
      'Het VN-verdrag tegen cybercriminaliteit is ondertekend. Het persbureau pakte uit met een tentoonstelling.',
      [],
      ['hanoi-convention: pakte'],
    ],
    [
      'es',
      // An office of the UN is "el organismo de la ONU"; its chief, "la titular de la UNODC".
      'Ghada Waly, directora ejecutiva de la UNODC, habló en Hanói. La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) estudia un centro. El organismo de la ONU lo decidirá, dijo la titular de la UNODC.',
      ['unodc: El organismo de la ONU', 'ghada-waly: titular de la UNODC'],
      [],
    ],
    [
      'fr',
      // French writes the UN's acronym with one capital too.
      "Le secrétaire général de l'ONU António Guterres est arrivé. Le patron de l'Onu a salué le texte.",
      ["antonio-guterres: patron de l'Onu"],
      [],
    ],
    [
      'ar',
      // An office of the UN is "المكتب الأممي" once named.
      'تقود غادة والي مكتب الأمم المتحدة المعني بالمخدرات والجريمة. وقال المكتب الأممي إنه سيدعم التدريب.',
      ['unodc: المكتب الأممي'],
      [],
    ],
    [
      'ar',
      // A Vietnamese ch is written تش or ش.
      'التقى رئيس الوزراء فام مينه شينه بالأمين العام.',
      ['pham-minh-chinh: رئيس الوزراء فام مينه شينه'],
      [],
    ],
    [
      'pl',
      // The state's formal name, in its cases.
      'Jako pierwsza podpisała ją Socjalistyczna Republika Wietnamu. W imieniu Socjalistycznej Republiki Wietnamu podpisał minister.',
      ['vietnam: Socjalistyczna Republika Wietnamu', 'vietnam: Socjalistycznej Republiki Wietnamu'],
      [],
    ],
    [
      'vi',
      // Tone marks tell words apart: "lệ" (a custom) is no "lễ" (a ceremony), "quy" (a rule) no
      // "quỹ" (a fund), where the page writes Vietnamese with its marks.
      'Công ước Liên hợp quốc về chống tội phạm mạng đã được ký. Theo thông lệ của Liên hợp quốc, nước chủ nhà ký trước.',
      ['united-nations: Liên hợp quốc'],
      ['signing-ceremony: lệ của Liên hợp quốc'],
    ],
    [
      'vi',
      'Theo quy định của Liên hợp quốc, công ước có hiệu lực sau khi đủ 40 nước phê chuẩn.',
      ['united-nations: Liên hợp quốc'],
      [],
    ],
    [
      'fr',
      // An event's head word with a name after it, where the page names no event of the story:
      // the name inside is still a mention.
      "Le Vietnam accueillera l'an prochain une session de la conférence de l'ONU, a dit le ministre.",
      ['united-nations: ONU'],
      ["high-level-conference: conférence de l'ONU"],
    ],
    [
      'nl',
      // The treaty's own word names it too: "het VN-verdrag" and "de VN-conventie".
      'Het Verdrag van de Verenigde Naties tegen cybercriminaliteit is getekend. Wat zegt de VN-conventie zelf over privacy?',
      ['hanoi-convention: de VN-conventie'],
      [],
    ],
    [
      'de',
      // The subject joined to the head, and the body after it: a full name.
      'Das Cybercrime-Abkommen der Vereinten Nationen liegt zur Unterzeichnung aus.',
      ['hanoi-convention: Cybercrime-Abkommen der Vereinten Nationen'],
      ['united-nations: Vereinten Nationen'],
    ],
    [
      'de',
      // A ceremony is a "Festakt" once named, and introduced so before what it is of in the
      // same sentence; a "Tagung" may be any meeting ("die Tagung der Innenminister").
      'Mit einem Festakt wurde das Übereinkommen der Vereinten Nationen gegen Cyberkriminalität aufgelegt. Den Festakt eröffnete der Präsident. Auf der Hochrangigen UN-Konferenz über Cyberkriminalität sprach Waly; die Tagung endete am Sonntag.',
      ['signing-ceremony: einem Festakt', 'signing-ceremony: Den Festakt'],
      ['high-level-conference: die Tagung'],
    ],
    [
      'es',
      // A summit may be any: "la cumbre de la ASEAN ... la cumbre".
      'La Conferencia de Alto Nivel de la ONU sobre Ciberdelincuencia se celebró en Hanói. Después llegó la cumbre de la ASEAN. La cumbre estuvo marcada por el mar.',
      [],
      ['high-level-conference: la cumbre', 'high-level-conference: La cumbre'],
    ],
    [
      'es',
      // A title in apposition before the name, with the country's adjective, is the person's.
      'El canciller vietnamita, Le Hoai Trung, se reunió con las delegaciones. El canciller defendió el tratado.',
      ['le-hoai-trung: canciller'],
      [],
    ],
    [
      'en',
      // A word alone of another language is no short form here ("instrument" is Polish too).
      'The United Nations Convention against Cybercrime was signed. It enters into force 90 days after the 40th instrument of ratification is deposited.',
      [],
      ['hanoi-convention: instrument'],
    ],
    [
      'fr',
      // An adjective after the head word makes it another: "le traité mondial" may be any.
      'La Convention de Hanoï a été signée. Le traité mondial contre la pollution plastique piétine. Le traité mondial, réclamé par 170 pays, attendra.',
      [],
      ['hanoi-convention: Le traité'],
    ],
    [
      'nl',
      // "the capital" after Hanoi is named is Hanoi; after another place named in the text,
      // that place's.
      'Het verdrag is in Hanoi getekend. In de hoofdstad staken dinsdag duizenden betogers.',
      ['hanoi: Hanoi', 'hanoi: de hoofdstad'],
      [],
    ],
    [
      'nl',
      'Het verdrag is in Hanoi getekend. Daarna vloog hij naar Brussel. In de hoofdstad wachtten betogers.',
      ['hanoi: Hanoi'],
      ['hanoi: de hoofdstad'],
    ],
    [
      'es',
      'La Convención fue firmada en Hanói. Pinto regresó luego a Quito. En la capital la esperaban.',
      [],
      ['hanoi: la capital'],
    ],
    [
      'es',
      'Vietnam firmó primero. Organizaciones de derechos humanos recuerdan que en la nación del sudeste asiático hay presos políticos.',
      ['vietnam: la nación del sudeste asiático'],
      [],
    ],
    [
      'nl',
      // A proper name of two words without its place; another country's after it is not ours.
      'Het congres van de Communistische Partij van Vietnam komt in januari bijeen. Voor de Communistische Partij komt het prestige goed uit, anders dan voor de Communistische Partij van China.',
      ['communist-party-of-vietnam: Communistische Partij'],
      [],
    ],
    [
      'de',
      // One host name in the pack gives the place the others, in every language.
      'Vietnam unterzeichnete als erstes Land. Die Gastgeber nutzten die Bühne, Waly dankte den Gastgebern.',
      ['vietnam: Gastgeber', 'vietnam: Gastgebern'],
      [],
    ],
    [
      'pl',
      'Wietnam podpisał jako pierwszy – państwo-gospodarz. Gospodarze mistrzostw świata, Katar, nie podpisali.',
      ['vietnam: państwo-gospodarz'],
      ['vietnam: Gospodarze'],
    ],
    [
      'vi',
      // A capitalised word before a generic body's name is no adjective of nationality ("Tại").
      'Việt Nam ký Công ước Hà Nội. Tại Bộ Tài chính, các đơn vị đã rà soát kinh phí.',
      ['ministry-of-finance: Bộ Tài chính'],
      [],
    ],
    [
      'pl',
      // A generic name in small letters takes the cases of its head word.
      'Kancelaria Prezydenta Wietnamu przygotowała przyjęcie. W imieniu Kancelarii Prezydenta przemawiał minister.',
      ['office-of-the-president: Kancelarii Prezydenta'],
      [],
    ],
    [
      'ar',
      // ل before the article of a noun that begins with ل: "للجنة".
      'التقى غوتيريش الأمين العام للجنة المركزية للحزب الشيوعي الفيتنامي تو لام.',
      ['party-central-committee: لجنة المركزية للحزب الشيوعي الفيتنامي'],
      [],
    ],
    [
      'en',
      // Only "of" after a place's short form makes it another place's; "for" says what for.
      'Vietnam signed first. Ghada Waly thanked the host country for bringing governments together.',
      ['vietnam: host country'],
      [],
    ],
    [
      'en',
      'Vietnam signed first. Australia, the host country for COP31, did not.',
      [],
      ['vietnam: host country'],
    ],
    [
      'en',
      // Before one of the pack's places or initials, "for" says what for.
      "Vietnam signed first. Guterres thanked the host country for Hanoi's hospitality.",
      ['vietnam: host country'],
      [],
    ],
    [
      'en',
      // An introduction before the convention names the event only at its signing.
      'At a ceremony in Canberra on Tuesday, Australia deposited its instrument of ratification of the UN Convention against Cybercrime.',
      [],
      ['signing-ceremony: a ceremony'],
    ],
    [
      'en',
      'At a ceremony on Saturday, 72 states signed the UN Convention against Cybercrime.',
      ['signing-ceremony: a ceremony'],
      [],
    ],
    [
      'vi',
      // A name the page writes with its marks must carry them: "Chinh" is no "Chính".
      'Thủ tướng Phạm Minh Chính phát biểu. Ông Chinh Nguyen, kỹ sư người Mỹ gốc Việt, cũng có mặt.',
      ['pham-minh-chinh: Thủ tướng Phạm Minh Chính'],
      ['pham-minh-chinh: Ông Chinh'],
    ],
    [
      'fr',
      'La Convention a été signée à Hanoï. Pinto est ensuite rentrée dans la capitale du Laos.',
      [],
      ['hanoi: la capitale'],
    ],
    [
      'pl',
      // The locative of a masculine head word changes its last consonant.
      'Konwencja ONZ o cyberprzestępczości została podpisana w Hanoi. W traktacie zapisano wiele.',
      ['hanoi-convention: traktacie'],
      [],
    ],
    [
      'fr',
      // The UN's head in a country is another's office.
      "Le secrétaire général de l'ONU, António Guterres, a parlé. Le patron des Nations unies a salué le texte. Le chef des Nations unies au Vietnam a répondu.",
      ['antonio-guterres: patron des Nations unies'],
      ['antonio-guterres: chef des Nations unies'],
    ],
    [
      'es',
      // "for" and what follows names another treaty: "el tratado para prohibir las armas".
      'La Convención de la ONU contra la Ciberdelincuencia fue firmada. El tratado para prohibir las armas nucleares es otro.',
      [],
      ['hanoi-convention: El tratado'],
    ],
    [
      'nl',
      // The UN joined to a body's head word, the rest of its name in small letters.
      'Het VN-bureau voor drugs en misdaad waarschuwt voor een recordproductie van cocaïne.',
      ['unodc: VN-bureau voor drugs en misdaad'],
      ['united-nations: VN'],
    ],
  ])('%s: %s', (_lang, text, marked, unmarked) => {
    const mentions = found(text);
    for (const m of marked) expect(mentions).toContain(m);
    for (const m of unmarked) expect(mentions).not.toContain(m);
  });

  // Outside Vietnamese text the press calls a Vietnamese leader by the given name alone.
  test.each<[string, string, string[]]>([
    [
      'en',
      'Minister Luong Tam Quang later toured Quang Ninh. Quang said the province was ready.',
      ['luong-tam-quang: Minister Luong Tam Quang', 'luong-tam-quang: Quang'],
    ],
    [
      'en',
      'General Secretary To Lam met Guterres. Lam said the treaty mattered to Lam Dong too.',
      ['to-lam: General Secretary To Lam', 'to-lam: Lam'],
    ],
    [
      'fr',
      'Le Premier ministre Pham Minh Chinh a reçu la délégation ; Chinh a plaidé pour la coopération.',
      ['pham-minh-chinh: Premier ministre Pham Minh Chinh', 'pham-minh-chinh: Chinh'],
    ],
    [
      'pl',
      'Prezydent Luong Cuong otworzył spotkanie. Cuong podkreślił wagę współpracy.',
      ['luong-cuong: Prezydent Luong Cuong', 'luong-cuong: Cuong'],
    ],
    // Arabic has no capitals to tell a name from a word ("لام", blamed): a title is needed.
    [
      'ar',
      'افتتح الرئيس لونغ كوونغ الحفل، وأكد الرئيس كوونغ أهمية التعاون.',
      ['luong-cuong: الرئيس لونغ كوونغ', 'luong-cuong: الرئيس كوونغ'],
    ],
    [
      'ar',
      'استقبل الأمين العام تو لام الوفود. لام المعارضون الحكومة على التأخير.',
      ['to-lam: الأمين العام تو لام'],
    ],
    // In Vietnamese the given name is a common word: only a title makes it the person.
    [
      'vi',
      'Thủ tướng Phạm Minh Chính chủ trì. Chính phủ cam kết thực hiện. Ban Chấp hành Trung ương họp.',
      ['pham-minh-chinh: Thủ tướng Phạm Minh Chính'],
    ],
    [
      'vi',
      'Thu tuong Pham Minh Chinh chu tri hoi nghi. Chinh phu cua Viet Nam cam ket thuc hien.',
      ['pham-minh-chinh: Thu tuong Pham Minh Chinh', 'vietnam: Viet Nam'],
    ],
    [
      'vi',
      'Chủ tịch nước Lương Cường phát biểu. Ông Cường nhấn mạnh vai trò hợp tác.',
      ['luong-cuong: Chủ tịch nước Lương Cường', 'luong-cuong: Ông Cường'],
    ],
    // A capitalised word before a surname inside a sentence makes it someone else's name.
    [
      'en',
      'President Luong Cuong met Nguyen Van Cuong. Later Cuong spoke.',
      ['luong-cuong: President Luong Cuong', 'luong-cuong: Cuong'],
    ],
    [
      'en',
      'UNODC chief Ghada Waly spoke first, then Ahmed Waly of Egypt.',
      ['unodc: UNODC', 'ghada-waly: Ghada Waly'],
    ],
    [
      'en',
      'António Guterres arrived. Then Maria Guterres greeted the guests.',
      ['antonio-guterres: António Guterres'],
    ],
  ])('%s: given names and surnames: %s', (_lang, text, mentions) => {
    expect(found(text)).toEqual(mentions);
  });

  // A head word, a link and the entity's own subject after its full name: the descriptive name
  // without its body.
  test.each<[string, string, string]>([
    [
      'en',
      'The Hanoi Convention was signed. Trung said the convention against cybercrime would help.',
      'the convention against cybercrime',
    ],
    [
      'fr',
      'La Convention de Hanoï a été signée. Selon lui, la convention contre la cybercriminalité aidera.',
      'la convention contre la cybercriminalité',
    ],
    [
      'pl',
      'Konwencja z Hanoi została podpisana. Konwencja przeciwko cyberprzestępczości usprawni współpracę.',
      'Konwencja przeciwko cyberprzestępczości',
    ],
    [
      'vi',
      'Công ước Hà Nội đã được ký. Công ước về chống tội phạm mạng sẽ giúp hợp tác.',
      'Công ước về chống tội phạm mạng',
    ],
  ])('%s: head, link and subject: %s', (_lang, text, name) => {
    expect(found(text)).toContain(`hanoi-convention: ${name}`);
  });

  test.each([
    ['en', 'The convention against cybercrime was debated for years.', []],
    [
      'en',
      'The Hanoi Convention was signed. The convention against corruption is older.',
      ['hanoi-convention: Hanoi Convention'],
    ],
    [
      'pl',
      // An adjective after the head that agrees with it names another convention; one that
      // cannot agree goes with the next noun.
      'Konwencja ONZ przeciwko cyberprzestępczości została podpisana. Ekspert porównał konwencję budapeszteńską, a Waly nazwała konwencję historycznym krokiem.',
      [
        'hanoi-convention: Konwencja ONZ przeciwko cyberprzestępczości',
        'hanoi-convention: konwencję',
      ],
    ],
    [
      'pl',
      // A link of two words says what the conference is about: another one.
      'W Nicei zebrała się konferencja wysokiego szczebla w sprawie oceanów, a delegaci z Ekwadoru mówili o rybołówstwie.',
      ['ecuador: Ekwadoru'],
    ],
    [
      'pl',
      // A verb in the past tense after a generic event is no genitive of what it is of.
      'Obradowała Konferencja Wysokiego Szczebla ONZ. W panelach konferencji wysokiego szczebla zabierali głos eksperci, a ceremonia podpisania umowy handlowej trwała krótko.',
      [
        'high-level-conference: Konferencja Wysokiego Szczebla ONZ',
        'united-nations: ONZ',
        'high-level-conference: konferencji wysokiego szczebla',
      ],
    ],
    [
      'ar',
      // The ceremonies, once the ceremony is named; after a title or a body's head word, the
      // protocol office.
      'افتتح حفل توقيع اتفاقية هانوي صباح السبت. وحضر المراسم نحو 2500 مندوب. وقال رئيس المراسم إن الضيوف وصلوا، وأعلنت دائرة المراسم البرنامج.',
      [
        'signing-ceremony: حفل توقيع اتفاقية هانوي',
        'hanoi-convention: اتفاقية هانوي',
        'signing-ceremony: المراسم',
      ],
    ],
    ['ar', 'وحضر المراسم نحو 2500 مندوب.', []],
    // A ministry seated in another capital is that country's; in one of the pack's, ours.
    [
      'de',
      'Die Wähler in Ecuador haben abgelehnt. Das Verteidigungsministerium in Quito hatte sich mehr erhofft.',
      ['ecuador: Ecuador'],
    ],
    [
      'es',
      'Ecuador votó. El Ministerio de Relaciones Exteriores en Quito informó.',
      ['ecuador: Ecuador'],
    ],
    [
      'de',
      'Vietnam hat unterzeichnet. Das Außenministerium in Hanoi bestätigte das.',
      ['vietnam: Vietnam', 'ministry-of-foreign-affairs: Außenministerium', 'hanoi: Hanoi'],
    ],
  ])('%s: not before the full name, nor with another subject: %s', (_lang, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  // A title that begins a name of an office ("secrétaire général de l'ONU") is each holder's:
  // the one named last before it has it. A deputy's, a former holder's or another body's is not.
  test.each([
    [
      'fr',
      "Le secrétaire général de l'ONU António Guterres a parlé. Le secrétaire général adjoint aussi. Le secrétaire général de l'OTAN a répondu. Le secrétaire général a conclu.",
      [
        "antonio-guterres: secrétaire général de l'ONU António Guterres",
        'united-nations: ONU',
        'antonio-guterres: secrétaire général',
      ],
    ],
    [
      'fr',
      "Le secrétaire général de l'ONU António Guterres a parlé. Le secrétaire général To Lam a reçu les délégués. Le secrétaire général a salué leur présence.",
      [
        "antonio-guterres: secrétaire général de l'ONU António Guterres",
        'united-nations: ONU',
        'to-lam: secrétaire général To Lam',
        'to-lam: secrétaire général',
      ],
    ],
    [
      'es',
      'El secretario general de la ONU, António Guterres, habló. El ex secretario general Ban Ki-moon escuchó y el secretario general adjunto también. El secretario general urgió a ratificar.',
      [
        'antonio-guterres: secretario general de la ONU',
        'united-nations: ONU',
        'antonio-guterres: António Guterres',
        'antonio-guterres: secretario general',
      ],
    ],
    [
      'pl',
      'Sekretarz generalny ONZ António Guterres przemawiał. Były sekretarz generalny też. Sekretarz generalny wezwał rządy.',
      [
        'antonio-guterres: Sekretarz generalny ONZ António Guterres',
        'united-nations: ONZ',
        'antonio-guterres: Sekretarz generalny',
      ],
    ],
    [
      'ar',
      'وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الاتفاقية مهمة. ومثّل الأمين العام المساعد لجامعة الدول العربية المجموعة العربية. وقال الأمين العام لجامعة الدول العربية إن الاتفاقية مهمة. واعتبر الأمين العام أن الاتفاقية انتصار.',
      [
        'antonio-guterres: الأمين العام للأمم المتحدة أنطونيو غوتيريش',
        'united-nations: لأمم المتحدة',
        'antonio-guterres: الأمين العام',
      ],
    ],
    ['fr', 'Le secrétaire général a appelé les États à ratifier.', []],
    // A title with its body before the person's name: the office, once the person is named; a
    // name after it is another holder's, a deputy's is another office.
    [
      'vi',
      'Đại tướng Lương Tam Quang phát biểu. Bộ trưởng Bộ Công an khái quát ba kết quả. Bộ trưởng Bộ Công an Lào Vilay Lakhamfong dự lễ.',
      [
        'luong-tam-quang: Đại tướng Lương Tam Quang',
        'luong-tam-quang: Bộ trưởng Bộ Công an',
        'ministry-of-public-security: Bộ Công an',
        'ministry-of-public-security: Bộ Công an',
      ],
    ],
    [
      'en',
      'Minister of Public Security Luong Tam Quang signed. The Minister of Public Security said it was historic, and Deputy Minister of Public Security Nguyen Van Long agreed.',
      [
        'luong-tam-quang: Minister of Public Security Luong Tam Quang',
        'luong-tam-quang: Minister of Public Security',
      ],
    ],
    ['en', 'The Minister of Public Security said it was historic.', []],
    // An office that ends inside a longer name is no mention: the name is.
    [
      'fr',
      'Le secrétaire général du Parti communiste du Vietnam (PCV), Tô Lâm, a ouvert la cérémonie.',
      [
        'communist-party-of-vietnam: Parti communiste du Vietnam',
        'communist-party-of-vietnam: PCV',
        'to-lam: Tô Lâm',
      ],
    ],
  ])('%s: an office’s title alone: %s', (_lang, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    ['en', 'The convention on biological diversity was signed in Rio. The ceremony was short.'],
    ['fr', 'La convention sur le climat a été signée à Paris. La cérémonie fut brève.'],
    [
      'de',
      'Das Übereinkommen über das Klima wurde in Paris unterzeichnet. Die Zeremonie war kurz.',
    ],
    ['es', 'La convención sobre el clima se firmó en París. La ceremonia fue breve.'],
    ['nl', 'Het verdrag over het klimaat werd in Parijs ondertekend. De ceremonie was kort.'],
    ['pl', 'Konwencja klimatyczna została podpisana w Paryżu. Ceremonia była krótka.'],
    ['vi', 'Công ước về khí hậu được ký tại Paris. Lễ ký diễn ra ngắn gọn.'],
    ['ar', 'وقعت الاتفاقية بشأن المناخ في باريس. وكان الحفل قصيرا.'],
  ])('%s: head words alone mark nothing: %s', (_lang, text) => {
    expect(found(text)).toEqual([]);
  });
});
