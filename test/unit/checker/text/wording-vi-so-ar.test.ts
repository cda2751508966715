import { describe, expect, test } from 'vitest';
import { checkDocument, extractFromText } from '../../../../shared/checker/node';
import { runTextRule, textRule, type WordedRuleId } from './run-rule';

/**
 * The indicator wording of text/wording/vi.json, so.json and ar.json (Vietnamese, Somali, Arabic):
 * for each rule, ordinary ways a school notice says the practice, and the nearest look-alikes that
 * are not evidence of it (a holiday closure for 2.1.6, a PTA named in passing for 5.2.3, a payment
 * portal for 2.1.3...). Every sentence is our own, written as a school in that language would.
 *
 * A look-alike is checked twice: alone (no hit), and followed by the rule's first tagged sentence,
 * where the rule must quote that sentence only. The second shows the sentence was read with the
 * language's patterns and still not tagged, so no test passes on a rule that read nothing.
 */
type Wording = Record<WordedRuleId, { tag: string[]; not: string[] }>;

const vi: Wording = {
  'crisis-communication': {
    tag: [
      'Trường sẽ đóng cửa vào ngày mai do bão tuyết.',
      'Do thời tiết khắc nghiệt, tất cả các lớp học hôm nay đều bị hủy.',
      'Các lớp học bị huỷ vì đường đóng băng rất nguy hiểm.',
      'Sáng thứ Năm, trường sẽ tổ chức buổi diễn tập phòng cháy chữa cháy.',
      'Vui lòng cập nhật thông tin liên lạc khẩn cấp của con quý vị trước ngày 15 tháng 9.',
      'Trong thời gian trường đóng cửa, học sinh sẽ học trực tuyến tại nhà.',
      'Học sinh sẽ được cho về sớm lúc 12 giờ trưa vì mất điện.',
    ],
    not: [
      'Trường sẽ đóng cửa vào thứ Hai để nghỉ lễ Tạ Ơn.',
      'Học sinh được nghỉ học vào thứ Sáu vì giáo viên tập huấn chuyên môn.',
      'Trường đóng cửa trong kỳ nghỉ đông từ ngày 23 tháng 12.',
      'Xin điền tên người liên lạc khẩn cấp vào phiếu đăng ký nhập học.',
      'Nếu cần liên lạc gấp với con trong giờ học, xin gọi văn phòng.',
    ],
  },
  'invites-follow-up': {
    tag: [
      'Nếu quý vị có câu hỏi, xin liên lạc với văn phòng trường.',
      'Mọi thắc mắc xin liên hệ cô Lan qua số 555-201-4433.',
      'Xin đừng ngần ngại liên lạc với chúng tôi nếu cần.',
      'Để biết thêm chi tiết, xin liên hệ thầy hiệu trưởng.',
      'Chúng tôi luôn sẵn sàng giải đáp mọi thắc mắc của quý vị.',
    ],
    not: [
      'Nếu con quý vị vắng mặt, xin báo cho văn phòng trước 9 giờ sáng.',
      'Nếu quý vị muốn làm tình nguyện viên, xin liên hệ cô Hoa.',
      'Nếu con cần được hỗ trợ, chuyên viên tư vấn của trường sẽ giúp đỡ; xin liên hệ cô Mai.',
      'Chúng tôi sẽ liên lạc với quý vị khi có kết quả.',
    ],
  },
  'parent-organization': {
    tag: [
      'Hội Phụ huynh sẽ họp vào thứ Ba tuần sau lúc 6 giờ chiều.',
      'Mời quý vị tham gia cuộc họp Hội Phụ huynh và Giáo viên (PTA) vào tối thứ Năm.',
      'Hãy gia nhập Hội Phụ huynh, hội phí chỉ 10 đô-la một năm.',
      'Buổi bầu cử ban chấp hành Hội Cha mẹ Học sinh sẽ diễn ra vào ngày 20 tháng 10.',
    ],
    not: [
      'Xin cảm ơn Hội Phụ huynh đã tài trợ bữa tiệc cuối năm.',
      'Tại cuộc họp vừa qua, Hội Phụ huynh đã quyết định mua thêm sách cho thư viện.',
      'Hội Phụ huynh đã tặng mỗi lớp một bộ đồ chơi mới.',
      'Hội Phụ huynh đã tổ chức buổi họp mặt cuối năm rất vui.',
    ],
  },
  'invites-contributions': {
    tag: [
      'Chúng tôi cần tình nguyện viên cho ngày hội thể thao.',
      'Xin quý vị quyên góp sách cũ cho thư viện trường.',
      'Nếu quý vị có thể giúp một tay tại hội chợ, xin đăng ký với cô Hoa.',
      'Lớp học đang cần thêm phụ huynh tình nguyện đi cùng trong chuyến tham quan.',
    ],
    not: [
      'Cảm ơn các phụ huynh đã tình nguyện giúp đỡ trong ngày hội.',
      'Tình nguyện viên phải hoàn tất kiểm tra lý lịch trước khi vào lớp.',
      'Nếu gia đình quý vị cần giúp đỡ về thực phẩm, xin liên hệ văn phòng.',
      'Chúng tôi rất mong nhận được đóng góp ý kiến của quý vị.',
    ],
  },
  'parent-teacher-conversations': {
    tag: [
      'Hội nghị phụ huynh - giáo viên sẽ diễn ra vào ngày 14 và 15 tháng 11.',
      'Xin quý vị đặt lịch hẹn với giáo viên chủ nhiệm qua đường link.',
      'Buổi họp phụ huynh đầu năm của lớp 3 sẽ bắt đầu lúc 6 giờ tối.',
      'Quý vị có thể liên lạc với giáo viên của con qua email hoặc ứng dụng ClassDojo.',
      'Mời quý vị đến dự Đêm gặp gỡ giáo viên vào thứ Năm này.',
    ],
    not: [
      'Thứ Sáu học sinh nghỉ học để giáo viên họp chuyên môn.',
      'Cuộc họp Hội Phụ huynh và Giáo viên sẽ diễn ra vào thứ Ba.',
      'Cuộc họp giáo viên toàn trường sẽ diễn ra vào chiều thứ Tư.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      'Xin vui lòng xem trang web của trường để biết thêm thông tin.',
      'Hãy theo dõi chúng tôi trên Facebook để nhận tin mới nhất.',
      'Lịch học đã được đăng trên trang web của trường.',
      'Quý vị có thể xem điểm của con trên cổng thông tin phụ huynh.',
      'Xin để ý hộp thư email trong tuần này.',
    ],
    not: [
      'Xin thanh toán tiền ăn trưa trên cổng thông tin phụ huynh.',
      'Học sinh sẽ xem phim tài liệu về động vật trong giờ khoa học.',
      'Vào thứ Hai, học sinh sẽ học cách sử dụng ứng dụng toán mới.',
    ],
  },
  'sets-communication-expectations': {
    tag: [
      'Chúng tôi sẽ thông báo cho quý vị qua tin nhắn nếu trường đóng cửa.',
      'Bản tin của trường được gửi đến quý vị mỗi thứ Sáu.',
      'Quý vị sẽ nhận được email xác nhận sau khi đăng ký.',
      'Nhà trường sẽ thông báo cho quý vị sớm nhất có thể.',
      'Giáo viên sẽ trả lời email trong vòng 24 giờ.',
    ],
    not: [
      'Chúng tôi sẽ gửi các em về nhà sớm vào thứ Sáu.',
      'Học sinh sẽ nhận được giấy khen vào cuối năm.',
      'Nếu con quý vị vắng mặt, xin báo cho văn phòng trước 9 giờ sáng.',
    ],
  },
  'learning-at-home': {
    tag: [
      'Mỗi tối, xin quý vị dành 20 phút đọc sách cùng con.',
      'Hãy giúp con làm bài tập về nhà và kiểm tra vở của con.',
      'Hãy hỏi con về những gì con đã học ở trường hôm nay.',
      'Quý vị có thể luyện tập bảng cửu chương với con ở nhà.',
    ],
    not: [
      'Giáo viên sẽ đọc truyện cho các em nghe vào giờ thư viện.',
      'Nếu con bị sốt, xin cho con nghỉ ở nhà và nói chuyện với con về việc rửa tay.',
      'Xin quý vị nói chuyện với giáo viên của con nếu con gặp khó khăn.',
    ],
  },
  'gathers-family-input': {
    tag: [
      'Xin quý vị dành năm phút để hoàn thành bản khảo sát dành cho phụ huynh.',
      'Chúng tôi rất mong nhận được ý kiến đóng góp của quý vị.',
      'Xin chia sẻ ý tưởng của quý vị cho ngày hội văn hóa.',
      'Nhà trường muốn lắng nghe ý kiến của phụ huynh về giờ tan học mới.',
    ],
    not: [
      'Học sinh lớp 4 sẽ làm khảo sát về các loại cây trong sân trường.',
      'Các em sẽ chia sẻ ý tưởng của mình trong giờ khoa học.',
      'Mẫu khảo sát ngôn ngữ ở nhà phải được nộp khi đăng ký nhập học.',
    ],
  },
  'basic-needs-resources': {
    tag: [
      'Gia đình có thể nộp đơn xin bữa ăn miễn phí hoặc giảm giá cho con.',
      'Ngân hàng thực phẩm của trường mở cửa mỗi thứ Tư từ 3 đến 5 giờ chiều.',
      'Trường sẽ tổ chức tiêm chủng miễn phí cho học sinh vào ngày 10 tháng 10.',
      'Nếu gia đình quý vị cần quần áo ấm cho mùa đông, xin liên hệ văn phòng.',
      'Học sinh sẽ được khám mắt miễn phí tại trường vào tuần tới.',
    ],
    not: [
      'Xin quyên góp đồ hộp cho ngân hàng thực phẩm của thành phố.',
      'Bữa trưa không còn miễn phí kể từ năm học này.',
      'Vé vào cửa miễn phí cho trẻ em dưới 5 tuổi.',
    ],
  },
};

const so: Wording = {
  'crisis-communication': {
    tag: [
      'Dugsiyada waa la xiri doonaa berri sababtoo ah barafka culus.',
      'Cimilada xun awgeed, dhammaan fasallada maanta waa la joojiyay.',
      'Khamiista, dugsigu wuxuu samayn doonaa tababarka dabka.',
      'Fadlan cusboonaysii macluumaadka xiriirka degdegga ah ee ilmahaaga.',
      'Inta dugsigu xiran yahay, ardaydu waxay ku jiri doonaan waxbarasho fog.',
      "Ardayda goor hore ayaa la sii dayn doonaa maanta sababtoo ah korontada oo go'day.",
    ],
    not: [
      'Dugsigu wuu xirnaan doonaa Isniinta fasaxa Thanksgiving awgeed.',
      'Ardaydu fasax bay yeelan doonaan Jimcaha maadaama macallimiintu ay tababar leeyihiin.',
      'Fadlan ku qor foomka diiwaangelinta magaca qofka xiriirka degdegga ah.',
      'Ardayda waxay baranayaan dabaasha Khamiista.',
    ],
  },
  'invites-follow-up': {
    tag: [
      "Haddii aad qabtaan su'aalo, fadlan la xiriira xafiiska dugsiga.",
      "Wixii su'aalo ah, fadlan wac 555-201-4433.",
      'Ha ka waaban inaad nala soo xiriirto.',
      'Faahfaahin dheeraad ah, fadlan la xiriir maamulaha dugsiga.',
      'Waxaad ila soo xiriiri kartaa wakhti kasta.',
    ],
    not: [
      'Haddii ilmahaagu maqnaan doono, fadlan wac xafiiska ka hor 9:00 subaxnimo.',
      'Haddii aad rabtaan inaad mutadawac noqotaan, la xiriir Marwo Hodan.',
      'Haddii ilmahaagu u baahan yahay caawimaad, la xiriir lataliyaha dugsiga si uu u taageero.',
    ],
  },
  'parent-organization': {
    tag: [
      'Ururka Waalidiinta iyo Macallimiinta (PTA) wuxuu yeelan doonaa kulan Talaadada soo socota.',
      'Waxaan idinku martiqaadaynaa inaad ku biirtaan Ururka Waalidiinta.',
      'Doorashada guddiga Ururka Waalidiinta waxay dhici doontaa 20-ka Oktoobar.',
      'Shirka guud ee sannadeed ee waalidiinta wuxuu dhici doonaa Sabtida.',
      'Doorashada wakiillada waalidiinta ee golaha dugsiga waxay dhici doontaa toddobaadka dambe.',
    ],
    not: [
      'Waxaan u mahad celinaynaa Ururka Waalidiinta deeqda buugaagta.',
      "Kulankii Ururka Waalidiinta ee bishii hore waxaa lagu go'aamiyay in la iibsado buugaag.",
      'Ururka Waalidiinta ayaa fasal kasta siiyay qalab ciyaareed cusub.',
      'Ururka Waalidiinta ayaa qabanqaabiyay kulan xafladeed oo aad u fiicnaa.',
      'Shirka guud ee ardayda wuxuu dhici doonaa Sabtida.',
    ],
  },
  'invites-contributions': {
    tag: [
      'Waxaan u baahannahay mutadawiciin ka caawiya maalinta ciyaaraha.',
      'Fadlan ku deeq buugaag hore oo loogu talagalay maktabadda dugsiga.',
      'Haddii aad gacan ka geysan karto bandhigga, fadlan is diiwaangeli.',
      'Iska diiwaangeli si aad mutadawac uga noqoto safarka fasalka.',
    ],
    not: [
      'Waad ku mahadsan tihiin dhammaan waalidiinta iskaa wax u qabtay.',
      'Mutadawiciintu waa inay dhammaystiraan baaritaanka asalka ka hor.',
      'Waxaan u baahannahay caawimaaddiinna si ardaydu u yimaadaan waqtiga.',
      'Waxaan u baahannahay in ardaydu keenaan qalin iyo buug.',
    ],
  },
  'parent-teacher-conversations': {
    tag: [
      'Shirarka waalidka iyo macallinka waxay dhici doonaan 14-ka iyo 15-ka Nofembar.',
      'Fadlan ballan la samee macallinka ilmahaaga.',
      'Waxaad la xiriiri kartaa macallinka ilmahaaga email ahaan.',
      'Waxaan idinku martiqaadaynaa Habeenka La Kulanka Macallinka.',
    ],
    not: [
      'Jimcaha dugsi ma jiro sababtoo ah tababarka macallimiinta.',
      'Kulanka Ururka Waalidiinta iyo Macallimiinta wuxuu dhici doonaa Talaadada.',
      'Macallinka fasalka 3aad, Marwo Faadumo, ayaa ku guuleysatay abaalmarin.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      'Fadlan booqo websaydka dugsiga si aad u hesho macluumaad dheeraad ah.',
      'Nagala soo socda Facebook si aad u hesho wararkii ugu dambeeyay.',
      'Jadwalka cusub waxaa laga heli karaa websaydka dugsiga.',
      'Fadlan hubi email-kaaga toddobaadkan.',
    ],
    not: [
      'Lacagta safarka waxaad ka bixin kartaa websaydka dugsiga.',
      'Ardaydu waxay daawan doonaan filim ku saabsan xayawaanka.',
      'Fadlan eeg jadwalka hoose.',
    ],
  },
  'sets-communication-expectations': {
    tag: [
      'Waxaan idinku wargelin doonnaa fariin qoraal ah haddii dugsigu xirmo.',
      'Wargeyska dugsiga waxaa la idiin soo diraa Jimce kasta.',
      'Waxaad heli doontaan email xaqiijin ah kadib markaad is diiwaangeliso.',
      'Waxaan idin ogeysiin doonnaa sida ugu dhakhsaha badan.',
    ],
    not: [
      'Ardayda waxaa loo diri doonaa guriga goor hore Jimcaha.',
      'Ardaydu waxay heli doonaan shahaado dhammaadka sanadka.',
    ],
  },
  'learning-at-home': {
    tag: [
      'Fadlan ilmahaaga la akhri 20 daqiiqo habeen kasta.',
      'Ka caawi ilmahaaga shaqada guriga.',
      'Weydii ilmahaaga waxa uu maanta dugsiga ku bartay.',
      'Ku celceli tirooyinka guriga ilmahaaga.',
    ],
    not: [
      'Macallinka ayaa ardayda u akhri doona sheeko Khamiista.',
      'Haddii ilmahaagu qandho leeyahay, guriga ku hay oo la hadal ilmahaaga ku saabsan gacmaha dhaqashada.',
      'Ardaydu imtixaanka xisaabta waxay qaadan doonaan Talaadada.',
    ],
  },
  'gathers-family-input': {
    tag: [
      'Fadlan buuxi sahanka waalidiinta ka hor Jimcaha.',
      "Waxaan jeclaan lahayn inaan maqalno ra'yigiinna.",
      'Fadlan nala wadaag fikradahaaga ku saabsan bandhigga dhaqanka.',
    ],
    not: [
      'Ardayda fasalka 4aad waxay sameyn doonaan sahan ku saabsan dhirta.',
      'Ardaydu waxay la wadaagi doonaan fikradahooda fasalka.',
    ],
  },
  'basic-needs-resources': {
    tag: [
      'Qoysaska waxay codsan karaan cunto bilaash ah ama qiimo dhimis ah.',
      'Bangiga cuntada ee dugsiga wuxuu furan yahay Arbaco kasta.',
      'Ardayda waxaa la siin doonaa tallaal bilaash ah 10-ka Oktoobar.',
      'Haddii qoyskaagu u baahan yahay dhar qabow, la xiriir xafiiska.',
    ],
    not: [
      'Fadlan ku deeq cunto qasacadaysan bangiga cuntada.',
      'Qadada mar dambe bilaash ma aha sanadkan.',
      'Gelitaanka bandhigga waa bilaash.',
    ],
  },
};

const ar: Wording = {
  'crisis-communication': {
    tag: [
      'ستغلق المدرسة غداً بسبب العاصفة الثلجية.',
      'نظراً لسوء الأحوال الجوية، تقرر تعليق الدراسة اليوم في جميع المدارس.',
      'سيتم صرف الطلاب مبكراً اليوم بسبب انقطاع الكهرباء.',
      'ستجري المدرسة تدريباً على الإخلاء يوم الخميس القادم.',
      'يرجى تحديث أرقام الاتصال في حالات الطوارئ الخاصة بطفلكم.',
      'خلال فترة إغلاق المدرسة سينتقل الطلاب إلى التعلم عن بعد.',
    ],
    not: [
      'ستغلق المدرسة يوم الإثنين بمناسبة عطلة عيد الشكر.',
      'لا توجد دراسة يوم الجمعة بسبب يوم التطوير المهني للمعلمين.',
      'يرجى إخلاء الخزائن قبل نهاية العام الدراسي.',
      'يرجى كتابة اسم جهة الاتصال في حالات الطوارئ في استمارة التسجيل.',
    ],
  },
  'invites-follow-up': {
    tag: [
      'إذا كانت لديكم أي أسئلة، يرجى الاتصال بمكتب المدرسة.',
      'لأي استفسار، تواصلوا مع الأستاذة سارة على البريد الإلكتروني.',
      'لا تترددوا في الاتصال بنا.',
      'يسعدنا الإجابة على جميع استفساراتكم.',
      'لمزيد من المعلومات، يرجى التواصل مع مدير المدرسة.',
    ],
    not: [
      'إذا كان طفلكم غائباً، يرجى الاتصال بالمكتب قبل الساعة التاسعة.',
      'إذا كنتم ترغبون في التطوع، يرجى التواصل مع السيدة هدى.',
      'سنتواصل معكم عند صدور النتائج.',
    ],
  },
  'parent-organization': {
    tag: [
      'ستعقد جمعية الآباء والمعلمين اجتماعها الشهري يوم الثلاثاء الساعة السادسة مساءً.',
      'ندعوكم للانضمام إلى جمعية أولياء الأمور هذا العام.',
      'ستجرى انتخابات مجلس الآباء في العشرين من أكتوبر.',
      'رسوم العضوية في رابطة أولياء الأمور عشرة دولارات فقط.',
      'ستنعقد الجمعية العمومية لأولياء الأمور يوم السبت القادم.',
      'ندعوكم للمشاركة في انتخاب ممثلي أولياء الأمور في مجلس المدرسة.',
    ],
    not: [
      'نشكر جمعية الآباء والمعلمين على تبرعها بالكتب للمكتبة.',
      'في الاجتماع الماضي، قررت جمعية الآباء شراء ألعاب جديدة.',
      'قدمت جمعية أولياء الأمور هدية لكل فصل.',
      'عقدت جمعية الآباء اجتماعها السنوي الأسبوع الماضي.',
      'ستنعقد الجمعية العمومية للنادي الرياضي يوم السبت.',
    ],
  },
  'invites-contributions': {
    tag: [
      'نحتاج إلى متطوعين ليوم الرياضة.',
      'يرجى التبرع بالكتب المستعملة لمكتبة المدرسة.',
      'إذا كنتم ترغبون في التطوع في الحفل، سجلوا أسماءكم لدى المكتب.',
      'نرحب بالتبرعات من الملابس الشتوية.',
    ],
    not: [
      'شكراً لجميع الآباء الذين تطوعوا في المعرض.',
      'يجب على المتطوعين إكمال فحص الخلفية قبل العمل في الفصول.',
      'نحتاج إلى دعمكم في تشجيع أطفالكم على القراءة كل يوم.',
    ],
  },
  'parent-teacher-conversations': {
    tag: [
      'ستعقد مؤتمرات أولياء الأمور والمعلمين يومي 14 و15 نوفمبر.',
      'يرجى حجز موعد مع معلم طفلكم عبر الرابط.',
      'يمكنكم التواصل مع معلمة الصف عبر البريد الإلكتروني.',
      'ندعوكم إلى أمسية التعرف على المعلم يوم الخميس.',
      'سيعقد اجتماع أولياء أمور طلاب الصف الثالث يوم الأربعاء.',
    ],
    not: [
      'سيعقد اجتماع جمعية الآباء والمعلمين يوم الثلاثاء.',
      'لا دراسة يوم الجمعة بسبب اجتماع المعلمين.',
      'سيتعرف الطلاب على معلمهم الجديد في اليوم الأول.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      'لمزيد من المعلومات، يرجى زيارة الموقع الإلكتروني للمدرسة.',
      'تابعونا على فيسبوك لمعرفة آخر الأخبار.',
      'الجدول الجديد متاح على موقع المدرسة.',
      'يمكنكم الاطلاع على درجات طفلكم عبر بوابة أولياء الأمور.',
      'ترقبوا رسالة بالبريد الإلكتروني هذا الأسبوع.',
    ],
    not: [
      'يرجى دفع رسوم الرحلة عبر بوابة أولياء الأمور.',
      'سيشاهد الطلاب فيلماً عن الحيوانات في حصة العلوم.',
      'يرجى زيارة موقع الحفل قبل الساعة الخامسة لاستلام التذاكر.',
    ],
  },
  'sets-communication-expectations': {
    tag: [
      'سنبلغكم عبر رسالة نصية إذا أغلقت المدرسة.',
      'ترسل النشرة الإخبارية إلى العائلات كل يوم جمعة.',
      'ستتلقون رسالة تأكيد بالبريد الإلكتروني بعد التسجيل.',
      'سنعلمكم بالقرار في أقرب وقت ممكن.',
      'يرد المعلمون على رسائل البريد الإلكتروني خلال 24 ساعة.',
    ],
    not: ['سنرسل الأطفال إلى منازلهم مبكراً يوم الجمعة.', 'سنعلم الطلاب جدول الضرب هذا الشهر.'],
  },
  'learning-at-home': {
    tag: [
      'اقرأوا مع أطفالكم عشرين دقيقة كل مساء.',
      'ساعدوا طفلكم في حل الواجبات المنزلية.',
      'اسألوا طفلكم عما تعلمه في المدرسة اليوم.',
      'تدربوا على جدول الضرب في المنزل.',
    ],
    not: [
      'سيقرأ المعلم قصة للطلاب في حصة المكتبة.',
      'إذا كان طفلكم مريضاً، أبقوه في المنزل وتحدثوا مع طفلكم عن غسل اليدين.',
      'سيحصل الطلاب على واجبات منزلية كل يوم.',
      'تحدثوا مع معلم طفلكم إذا واجه صعوبات.',
    ],
  },
  'gathers-family-input': {
    tag: [
      'يرجى تعبئة استبيان أولياء الأمور قبل يوم الجمعة.',
      'نود أن نسمع آراءكم حول مواعيد الانصراف الجديدة.',
      'شاركونا اقتراحاتكم للحفل الثقافي.',
    ],
    not: [
      'سيجيب الطلاب على استبيان عن النباتات في حصة العلوم.',
      'ستذهب الفصول في زيارة استطلاعية إلى المتحف.',
      'يجب تقديم استبيان اللغة المنزلية عند التسجيل.',
    ],
  },
  'basic-needs-resources': {
    tag: [
      'يمكن للعائلات التقدم بطلب للحصول على وجبات مجانية أو مخفضة السعر.',
      'بنك الطعام في المدرسة مفتوح كل أربعاء من الساعة الثالثة إلى الخامسة.',
      'ستقدم المدرسة تطعيمات مجانية للطلاب يوم 10 أكتوبر.',
      'إذا كانت عائلتكم بحاجة إلى ملابس شتوية، يرجى التواصل مع المكتب.',
      'سيتم إجراء فحص النظر للطلاب في المدرسة الأسبوع القادم.',
    ],
    not: [
      'يرجى التبرع بالمعلبات لبنك الطعام في المدينة.',
      'لم تعد وجبات الغداء مجانية هذا العام.',
      'الدخول مجاني والوجبات متوفرة للبيع.',
    ],
  },
};

/** Ordinary sentences of unrelated notices (sports, thanks, schedules, holidays): no rule tags them. */
const unrelated: Record<string, string[]> = {
  vi: [
    'Thực đơn bữa trưa tuần này gồm cơm, gà xào và rau luộc.',
    'Đội bóng đá của trường đã thắng trận chung kết với tỷ số 3-1.',
    'Xin chân thành cảm ơn quý phụ huynh đã đến dự buổi biểu diễn văn nghệ.',
    'Trường sẽ nghỉ học từ ngày 23 tháng 12 đến ngày 2 tháng 1 để nghỉ đông.',
    'Giờ học bắt đầu lúc 8 giờ 15 và kết thúc lúc 3 giờ chiều.',
    'Con số học sinh tham gia câu lạc bộ cờ vua đã tăng gấp đôi.',
  ],
  so: [
    'Kooxda kubadda cagta ee dugsiga ayaa ciyaartii ku guuleysatay.',
    'Waad ku mahadsan tihiin inaad timaadeen bandhigga muusikada.',
    'Fasaxa jiilaalka wuxuu bilaabanayaa 23-ka Diseembar.',
    'Fadlan magaca ilmahaaga ku qor jaakadda iyo boorsada.',
    'Baska 12 wuxuu ardayda qaadi doonaa 7-da subaxnimo.',
    'Maktabadda dugsiga waxay heshay 200 buug oo cusub.',
  ],
  ar: [
    'قائمة الغداء لهذا الأسبوع تشمل الأرز والدجاج.',
    'فاز فريق كرة السلة في المدرسة بالبطولة.',
    'شكراً لكم على حضور الحفل الموسيقي.',
    'تبدأ العطلة الشتوية يوم 23 ديسمبر.',
    'نتمنى لكم يوماً سعيداً وعاماً دراسياً موفقاً.',
    'سيتم تعليق الأعمال الفنية للطلاب في الممر.',
  ],
};

/** A realistic notice in each language and the indicators it evidences. */
const notices: [code: string, text: string, indicators: string[]][] = [
  [
    'vi',
    `Kính gửi Quý phụ huynh,

Trường sẽ đóng cửa vào thứ Năm, ngày 12 tháng 1 do bão tuyết. Chúng tôi sẽ thông báo cho quý vị qua tin nhắn nếu trường tiếp tục đóng cửa vào thứ Sáu. Xin vui lòng xem trang web của trường để biết lịch học bù.

Hội Phụ huynh sẽ họp vào thứ Ba tuần sau lúc 6 giờ chiều trong thư viện. Trong những ngày ở nhà, xin quý vị dành 20 phút đọc sách cùng con mỗi tối. Nếu quý vị có câu hỏi, xin liên lạc với văn phòng trường.

Trân trọng,
Ban Giám hiệu`,
    ['2.1.3', '2.1.5', '2.1.6', '2.2.1', '3.2.3', '5.2.3'],
  ],
  [
    'so',
    `Waalidiinta sharafta leh,

Dugsiga waa la xiri doonaa berri, Khamiista, sababtoo ah barafka culus. Waxaan idinku wargelin doonnaa fariin qoraal ah haddii dugsigu xirnaado Jimcaha. Fadlan booqo websaydka dugsiga si aad u hesho macluumaad dheeraad ah.

Waxaan u baahannahay mutadawiciin ka caawiya bandhigga buugaagta bisha soo socota. Qoysaska waxay codsan karaan cunto bilaash ah ama qiimo dhimis ah. Bangiga cuntada ee dugsiga wuxuu furan yahay Arbaco kasta. Haddii aad qabtaan su'aalo, fadlan la xiriira xafiiska dugsiga.

Maamulka Dugsiga`,
    ['1.1.5', '2.1.3', '2.1.5', '2.1.6', '2.2.1', '6.2.2'],
  ],
  [
    'ar',
    `أولياء الأمور الأعزاء،

ستغلق المدرسة غداً الخميس بسبب العاصفة الثلجية. سنبلغكم عبر رسالة نصية إذا تقرر إغلاق المدرسة يوم الجمعة أيضاً. ستعقد مؤتمرات أولياء الأمور والمعلمين في الأسبوع القادم، ويرجى حجز موعد مع معلم طفلكم.

نود أن نسمع آراءكم حول مواعيد الانصراف الجديدة، لذا يرجى تعبئة الاستبيان القصير. ستقدم المدرسة تطعيمات مجانية للطلاب يوم 10 فبراير. ويمكن للعائلات التقدم بطلب للحصول على وجبات مجانية أو مخفضة السعر. إذا كانت لديكم أي أسئلة، يرجى الاتصال بمكتب المدرسة.

مع أطيب التحيات،
إدارة المدرسة`,
    ['2.1.4', '2.1.5', '2.1.6', '2.2.1', '2.2.2', '6.2.2'],
  ],
];

const RULE_IDS = Object.keys(vi) as WordedRuleId[];
const languages: [name: string, code: string, wording: Wording][] = [
  ['Vietnamese', 'vi', vi],
  ['Somali', 'so', so],
  ['Arabic', 'ar', ar],
];

/** A hit's quote without the marks of a cut. */
const quoted = (quote: string) => quote.replace(/^…|…$/gu, '').trim();

describe.each(languages)('%s wording (%s)', (_name, code, wording) => {
  test.each(RULE_IDS)('the merged rule %s has patterns in this language', (ruleId) => {
    expect(textRule(ruleId).patterns?.[code]?.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(RULE_IDS)('%s', (ruleId) => {
    const { tag, not } = wording[ruleId];
    const control = tag[0] as string;

    test.each(tag)('tagged: %s', (sentence) => {
      const { hits } = runTextRule(ruleId, sentence, { language: code });
      expect(hits).toHaveLength(1);
      expect(sentence).toContain(quoted(hits[0]?.quote ?? ''));
    });

    test.each(not)('not tagged: %s', (sentence) => {
      expect(runTextRule(ruleId, sentence, { language: code }).hits).toEqual([]);
      const { hits } = runTextRule(ruleId, `${sentence} ${control}`, { language: code });
      expect(hits.map((h) => quoted(h.quote))).toEqual([control]);
    });
  });

  test.each(unrelated[code] ?? [])('no rule tags an unrelated sentence: %s', (sentence) => {
    const tagged = RULE_IDS.filter(
      (ruleId) => runTextRule(ruleId, sentence, { language: code }).hits.length > 0,
    );
    expect(tagged).toEqual([]);
    // Read in this language: the same sentence before a tagged one leaves that one tagged.
    const { hits } = runTextRule(
      'crisis-communication',
      `${sentence} ${wording['crisis-communication'].tag[0]}`,
      {
        language: code,
      },
    );
    expect(hits).toHaveLength(1);
  });
});

describe('a whole notice in each language', () => {
  test.each(notices)('%s: tags the indicators it evidences', (code, text, indicators) => {
    const report = checkDocument(extractFromText(text));
    expect(report.languages.primary).toBe(code);
    const ids = [...new Set(report.tags.map((t) => t.indicatorId))].sort();
    expect(ids).toEqual(indicators);
  });
});
