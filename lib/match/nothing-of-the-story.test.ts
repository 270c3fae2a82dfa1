import { describe, expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';

const bundledMentions = bundledFinder();

// Paragraphs of other news that hold the story's names inside other things' names only: a page
// of them gets no marks.
describe('a paragraph that mentions nothing of the story', () => {
  test.each([
    [
      'en',
      'Hanoi FC won the league on Sunday after a late goal. Fans later gathered outside the Hanoi ' +
        'Opera House, and Vietnam Airlines offered extra flights for the final. In a separate ' +
        'statement, the UN Development Programme and the Food and Agriculture Organization of the ' +
        'United Nations announced a joint project on rice farming.',
    ],
    [
      'fr',
      "Le Hanoï FC a remporté le championnat dimanche. Le Fonds des Nations unies pour l'enfance " +
        'et le Programme des Nations unies pour le développement ont présenté un rapport commun ' +
        "sur la nutrition, tandis que l'Organisation des Nations unies pour l'alimentation et " +
        "l'agriculture prévoit une récolte record. L'Université de Hanoï organise un concours.",
    ],
    [
      'es',
      'El Programa de las Naciones Unidas para el Desarrollo y el Fondo de las Naciones Unidas ' +
        'para la Infancia firmaron un acuerdo sobre agua potable. La Organización de las Naciones ' +
        'Unidas para la Alimentación y la Agricultura celebró su aniversario. El Hanói FC fichó a ' +
        'un delantero brasileño.',
    ],
    [
      'de',
      'Das Kinderhilfswerk der Vereinten Nationen warnt vor einer Hungersnot. Auch das ' +
        'UN-Entwicklungsprogramm und die Organisation der Vereinten Nationen für Ernährung und ' +
        'Landwirtschaft rufen zu Spenden auf. Der Fußballklub Hanoi FC gewann am Sonntag das Pokalfinale.',
    ],
    [
      'nl',
      'Het Kinderfonds van de Verenigde Naties luidt de noodklok over ondervoeding. Ook het ' +
        'VN-Ontwikkelingsprogramma vraagt om geld, terwijl de VN-Veiligheidsraad vrijdag niet ' +
        'bijeenkwam. Hanoi FC won zondag de beker.',
    ],
    [
      'pl',
      'Fundusz Narodów Zjednoczonych na rzecz Dzieci ostrzega przed niedożywieniem. Program ' +
        'Narodów Zjednoczonych ds. Rozwoju otworzył nowe biuro, a Organizacja Narodów ' +
        'Zjednoczonych do spraw Wyżywienia i Rolnictwa przewiduje rekordowe zbiory. Klub Hanoi FC ' +
        'wygrał puchar.',
    ],
    [
      'vi',
      'Quỹ Nhi đồng Liên hợp quốc công bố báo cáo về dinh dưỡng trẻ em. Chương trình Phát triển ' +
        'Liên hợp quốc khai trương văn phòng mới. Tối qua, Nhà hát Lớn Hà Nội kín chỗ, còn Hà Nội ' +
        'FC giành cúp. Đại học Hà Nội tuyển thêm sinh viên.',
    ],
    [
      'ar',
      'أصدر صندوق الأمم المتحدة للسكان تقريرا عن الهجرة. وافتتح برنامج الأمم المتحدة الإنمائي ' +
        'مكتبا جديدا، فيما دعت منظمة الأمم المتحدة للطفولة إلى التبرع. وفاز نادي هانوي بالكأس.',
    ],
  ])('%s', (_lang, text) => {
    expect(bundledMentions(text)).toEqual([]);
  });
});
