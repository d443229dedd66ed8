// Titles and lay terms of the example site's leaflets, services and some exercises, as the build writes them to
// /search/terms.json (msksite builds them from conditions/*.md and content/): the list "Did you mean" works from.

const PAGES = {
  '/conditions/general-aches-and-pains/': ['Aches and pains: staying active', 'aches and pains', 'staying active', 'joint pain', 'muscle pain', 'stiffness', 'keeping active', 'aches', 'sore muscles', 'aching all over', 'body aches', 'exercise with pain', 'general aches and pains'],
  '/conditions/achilles-tendon-pain/': ['Achilles tendon pain', 'achilles tendinopathy', 'achilles tendinitis', 'achilles tendonitis', 'sore heel cord', 'sore achilles', 'pain at the back of the heel', 'ankle and foot'],
  '/conditions/carpal-tunnel-syndrome/': ['Carpal tunnel syndrome', 'cts', 'numb hand at night', 'pins and needles in hand', 'tingling fingers', 'numb fingers', 'trapped nerve in the wrist', 'wrist and hand'],
  '/conditions/frozen-shoulder/': ['Frozen shoulder', 'adhesive capsulitis', 'stiff shoulder', 'frozen shoulder syndrome', 'shoulder stiffness', 'painful stiff shoulder', 'shoulder'],
  '/conditions/golfers-elbow/': ["Golfer's elbow", 'medial epicondylitis', 'golfers elbow', 'sore elbow', 'elbow pain', 'medial elbow pain', 'pain on the inside of the elbow', 'elbow'],
  '/conditions/hand-and-wrist-pain/': ['Hand and wrist pain', 'sore wrist', 'sore hand', 'wrist sprain', 'sprained wrist', 'trigger finger', "de quervain's", "de quervain's tenosynovitis", 'thumb pain', 'painful fingers', 'wrist and hand'],
  '/conditions/heel-pain/': ['Heel pain (plantar fasciitis)', 'heel pain', 'plantar fasciitis', 'sore heel', "policeman's heel", 'heel spur', 'painful heel', 'pain under the heel', 'plantar heel pain', 'arch pain', 'ankle and foot'],
  '/conditions/hip-pain/': ['Hip pain', 'sore hip', 'hip bursitis', 'trochanteric bursitis', 'trochanteric pain', 'greater trochanteric pain syndrome', 'pain on the outside of the hip', 'hip ache', 'groin pain', 'hip'],
  '/conditions/knee-pain/': ['Knee pain', 'sore knee', 'knee ache', 'painful knee', 'swollen knee', 'knee injury', 'twisted knee', 'stiff knee', 'knee'],
  '/conditions/kneecap-pain/': ['Kneecap pain', 'patellofemoral pain', "runner's knee", 'patellofemoral pain syndrome', 'pfps', 'pain at the front of the knee', 'anterior knee pain', 'sore kneecap', 'pain behind the kneecap', 'chondromalacia patella', 'knee'],
  '/conditions/low-back-pain/': ['Low back pain', 'bad back', 'lumbago', 'slipped disc', 'back ache', 'backache', 'sore back', 'lower back pain', 'pulled back', 'back'],
  '/conditions/neck-pain/': ['Neck pain', 'stiff neck', 'crick in the neck', 'wry neck', 'sore neck', 'neck ache', 'torticollis', 'trapped nerve in the neck', 'neck'],
  '/conditions/osteoarthritis/': ['Osteoarthritis', 'arthritis', 'wear and tear', 'worn joints', 'oa', 'stiff joints', 'knee arthritis', 'hip arthritis', 'arthritis in the knee', 'arthritis in the hip', 'creaky knees', 'knee'],
  '/conditions/rotator-cuff-problems/': ['Rotator cuff problems', 'rotator cuff tear', 'torn rotator cuff', 'shoulder impingement', 'subacromial pain', 'rotator cuff tendinopathy', 'rotator cuff tendonitis', 'shoulder bursitis', 'shoulder'],
  '/conditions/sciatica/': ['Sciatica', 'trapped nerve', 'slipped disc', 'pain down the leg', 'sciatic nerve', 'sciatic nerve pain', 'leg pain from the back', 'pinched nerve', 'back'],
  '/conditions/shoulder-pain/': ['Shoulder pain', 'sore shoulder', 'painful shoulder', 'shoulder ache', 'bad shoulder', 'pulled shoulder', 'arm pain', 'shoulder'],
  '/conditions/ankle-sprain/': ['Sprained ankle', 'twisted ankle', 'rolled ankle', 'ankle sprain', 'turned ankle', 'ankle ligament injury', 'swollen ankle after a fall', 'ankle and foot'],
  '/conditions/muscle-strains/': ['Sprains and strains', 'pulled muscle', 'torn muscle', 'hamstring strain', 'pulled hamstring', 'muscle strain', 'calf strain', 'groin strain', 'sprain', 'sports injury', 'general aches and pains'],
  '/conditions/tennis-elbow/': ['Tennis elbow', 'lateral epicondylitis', 'sore elbow', 'elbow pain', 'lateral elbow pain', 'tennis elbow tendinopathy', 'pain on the outside of the elbow', 'elbow'],
  '/conditions/whiplash/': ['Whiplash', 'whiplash injury', 'neck sprain', 'neck strain', 'neck injury', 'sore neck after a car crash', 'neck'],
  '/services/north-wessex-msk/': ['North Wessex MSK Physiotherapy', 'north wessex'],
  '/services/south-wessex-physio/': ['South Wessex Community Physiotherapy', 'south wessex'],
  '/services/wessex-coast-physio/': ['Wessex Coast Physiotherapy', 'wessex coast'],
  '/exercises/standing-leg-back/': ['Standing leg back'],
  '/exercises/knee-rolls/': ['Knee rolls'],
  '/exercises/knee-to-chest/': ['Knee to chest stretch'],
  '/exercises/pelvic-tilt/': ['Pelvic tilt'],
};

/** The entries as terms.json has them: { term, title, url }, the title itself first as a term in lower case. */
export const TERMS = Object.entries(PAGES).flatMap(([url, [title, ...lay]]) =>
  [title.toLowerCase(), ...lay].map((term) => ({ term, title, url })));
