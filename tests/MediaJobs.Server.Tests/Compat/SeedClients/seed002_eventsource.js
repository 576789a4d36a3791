const events = new EventSource('/api/jobs/stream');

events.onmessage = (event) => {
  const data = JSON.parse(event.data);
  console.log(data.type, data);
};
